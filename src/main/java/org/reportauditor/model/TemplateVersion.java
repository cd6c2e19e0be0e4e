package org.reportauditor.model;

/** The two versions of the national template; the id is what JSON and exports print. */
public enum TemplateVersion {
    V2019("2019"), V2021("2021");

    private final String id;

    TemplateVersion(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The version a report of this year must use. */
    public static TemplateVersion requiredFor(int reportYear) {
        return reportYear >= 2021 ? V2021 : V2019;
    }

    /** The version a report of this year must use; the current one when the year is not known. */
    public static TemplateVersion expectedFor(Integer reportYear) {
        return reportYear == null ? V2021 : requiredFor(reportYear);
    }
}
