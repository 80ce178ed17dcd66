package vn.xaso.document;

import java.time.Instant;

/**
 * Where the document stands in the unit's books: the register (DEN for incoming, the type's book for outgoing) and
 * year, the arrival number and time of an incoming one, the issue number of an outgoing one, and who registered it.
 */
public record Registration(String book, int year, Integer arrivalNumber, Instant arrivalDate, Integer number,
        String registeredBy, Instant registeredAt) {

    Registration numbered(int number, int year) {
        return new Registration(book, year, arrivalNumber, arrivalDate, number, registeredBy, registeredAt);
    }
}
