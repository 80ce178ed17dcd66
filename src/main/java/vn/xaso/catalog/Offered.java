package vn.xaso.catalog;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A procedure as a unit offers it: carried out, or only received and passed on to the competent body. */
public record Offered(@JsonUnwrapped Procedure procedure, Offering offering) {
}
