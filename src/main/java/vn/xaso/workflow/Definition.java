package vn.xaso.workflow;

import java.util.List;
import java.util.Optional;

/** An immutable, versioned list of steps; instances keep the definition they started with. */
public record Definition(long id, String name, List<Step> steps) {

    public Step step(int ordinal) {
        return steps.get(ordinal);
    }

    /** The first step of a kind at or after {@code from}. */
    public Optional<Integer> next(StepKind kind, int from) {
        for (int i = Math.max(0, from); i < steps.size(); i++) {
            if (steps.get(i).kind() == kind) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The last step of a kind before {@code before}. */
    public Optional<Integer> previous(StepKind kind, int before) {
        for (int i = Math.min(before, steps.size()) - 1; i >= 0; i--) {
            if (steps.get(i).kind() == kind) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
