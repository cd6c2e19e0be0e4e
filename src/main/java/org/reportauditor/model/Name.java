package org.reportauditor.model;

/**
 * A name taken from data rather than from the resource bundles (a row's label, a sub-row an agency
 * added), in both interface languages. Messages pick the one of their language.
 */
public record Name(String chinese, String english) {
}
