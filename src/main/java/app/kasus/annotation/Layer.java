package app.kasus.annotation;

/** Which coding an annotation row belongs to: a coder's own, or the case's gold (reference) coding. */
enum Layer { CODER, GOLD }
