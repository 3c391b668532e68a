package cn.yibao.guard.common;

import java.lang.annotation.ElementType;

import jakarta.inject.Singleton;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;

import org.hibernate.validator.BaseHibernateValidatorConfiguration;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;

/**
 * Bean Validation may reach every property of what it validates, here: request bodies and parameters, which are
 * plain records, never entities.
 * <p>
 * With Hibernate ORM present, the default resolver asks the persistence layer whether each property of each
 * validated object is loaded, and remembers every answer in a map per validation: for a 10-line order that is
 * some hundred questions with the same answer, on every check. Entities validated on persist are not affected;
 * Hibernate gives that validation a resolver of its own. A singleton, not application-scoped: it is called for
 * every property, and needs no client proxy in between.
 */
@Singleton
public class ReachAllTraversableResolver implements TraversableResolver, ValidatorFactoryCustomizer {

    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
            Path pathToTraversableObject, ElementType elementType) {
        return true;
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
            Path pathToTraversableObject, ElementType elementType) {
        return true;
    }

    /** Answers that never change need no cache for the length of a validation. */
    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.enableTraversableResolverResultCache(false);
    }
}
