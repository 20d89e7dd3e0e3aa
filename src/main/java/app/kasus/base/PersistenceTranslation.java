package app.kasus.base;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Turns the storage layer's refusals into the project's own exceptions at the edge of every service, so views and
 * controllers handle {@link StaleVersionException} and {@link ConflictException} and never see Spring's ORM types.
 * Runs outside the services' transactions (highest precedence), so a conflict found at commit is translated too.
 */
@Aspect
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PersistenceTranslation {

    @Around("within(app.kasus..*) && @within(org.springframework.stereotype.Service)")
    Object translate(ProceedingJoinPoint call) throws Throwable {
        try {
            return call.proceed();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleVersionException("changed or deleted by someone else since it was read; reload it");
        } catch (ConcurrencyFailureException e) {
            // A row this change depends on is being changed by another request (e.g. a link target being deleted).
            throw new ConflictException("conflicts with a change being made meanwhile; reload and try again");
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("conflicts with data stored meanwhile; reload and try again");
        }
    }
}
