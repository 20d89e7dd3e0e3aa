package app.kasus.security;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Rows {@code offset} to {@code offset + limit} as a {@link Pageable}. {@code PageRequest.of(offset / limit, limit)}
 * is right only when the offset is a multiple of the limit; a lazy list or an API caller may ask for any window.
 */
record OffsetPage(long offset, int limit) implements Pageable {

    OffsetPage {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
    }

    @Override
    public int getPageNumber() {
        return (int) (offset / limit);
    }

    @Override
    public int getPageSize() {
        return limit;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        // The queries order themselves.
        return Sort.unsorted();
    }

    @Override
    public Pageable next() {
        return new OffsetPage(offset + limit, limit);
    }

    @Override
    public Pageable previousOrFirst() {
        return hasPrevious() ? new OffsetPage(Math.max(0, offset - limit), limit) : first();
    }

    @Override
    public Pageable first() {
        return new OffsetPage(0, limit);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetPage((long) pageNumber * limit, limit);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
