package vn.xaso.document;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** The leader gave an incoming document to a main handler, with coordinators and people to inform, due at {@code dueAt}. */
public record DocumentAssigned(long documentId, String unitCode, People people, String instruction, Instant dueAt,
        Instant at) implements DocumentEvent {

    @Override
    public String note() {
        return people.mainHandlerName() + (people.coordinators().isEmpty() ? "" : "; phối hợp: "
                + people.coordinators().stream().map(Person::fullName).collect(Collectors.joining(", ")));
    }

    /** Who handles it: the main handler (username and name), coordinators and those informed. */
    public record People(String mainHandler, String mainHandlerName, List<Person> coordinators, List<Person> informed) {

        public People {
            coordinators = List.copyOf(coordinators);
            informed = List.copyOf(informed);
        }
    }

    /** An official by username and full name. */
    public record Person(String username, String fullName) {
    }
}
