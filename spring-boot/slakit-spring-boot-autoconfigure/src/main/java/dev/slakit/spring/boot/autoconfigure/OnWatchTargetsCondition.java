package dev.slakit.spring.boot.autoconfigure;

import java.util.Collections;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when at least one {@code slakit.watch.targets[n]} is configured and {@code slakit.watch.enabled} is
 * not false.
 */
final class OnWatchTargetsCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Binder binder = Binder.get(context.getEnvironment());
        if (!binder.bind("slakit.watch.enabled", Boolean.class).orElse(Boolean.TRUE)) {
            return ConditionOutcome.noMatch("slakit.watch.enabled is false");
        }
        List<SlakitWatchProperties.Target> targets = binder
                .bind("slakit.watch.targets", Bindable.listOf(SlakitWatchProperties.Target.class))
                .orElse(Collections.emptyList());
        return targets.isEmpty() ? ConditionOutcome.noMatch("no slakit.watch.targets configured")
                : ConditionOutcome.match(targets.size() + " slakit.watch.targets configured");
    }
}
