package dev.slakit.sla;

/**
 * A deliverable of the partner acceptance criteria (partner statement of work, section 6): Selected, Premier and
 * Ticket Package get {@link #TICKET_CLOSURE}; Elite adds the Product Usage and Service Summary reports; Flagship adds
 * the IM Enterprise Group and the Critical Time Guarantee summary. See {@link Entitlements#deliverables()}.
 *
 * <p>The document writes several reports in one cell ("Critical Time Guarantee/Product usage /Service Summary
 * Report"); slakit lists each report as its own deliverable.
 */
public enum PartnerDeliverable {
    /** Ticket Closure (type Ticket). */
    TICKET_CLOSURE("Ticket Closure", Type.TICKET),
    /** IM Enterprise Group (type Enterprise Group), Flagship only. */
    IM_ENTERPRISE_GROUP("IM Enterprise Group", Type.ENTERPRISE_GROUP),
    /** Product usage report (type Document), Elite and Flagship. */
    PRODUCT_USAGE_REPORT("Product usage Report", Type.DOCUMENT),
    /** Service Summary Report (type Document), Elite and Flagship. */
    SERVICE_SUMMARY_REPORT("Service Summary Report", Type.DOCUMENT),
    /** Critical Time Guarantee summary (type Document), Flagship only. */
    CRITICAL_TIME_GUARANTEE("Critical Time Guarantee", Type.DOCUMENT);

    /** The "Type of deliverables" column. */
    public enum Type {
        /** Ticket. */
        TICKET,
        /** Enterprise Group. */
        ENTERPRISE_GROUP,
        /** Document. */
        DOCUMENT
    }

    private final String documentName;
    private final Type type;

    PartnerDeliverable(String documentName, Type type) {
        this.documentName = documentName;
        this.type = type;
    }

    /** @return the name as the acceptance table writes it, such as "Ticket Closure" */
    public String documentName() {
        return documentName;
    }

    /** @return the type of deliverable, not null */
    public Type type() {
        return type;
    }
}
