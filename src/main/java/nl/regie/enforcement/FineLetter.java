package nl.regie.enforcement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import nl.regie.dossier.Dossier;
import nl.regie.letters.PdfLetters;
import nl.regie.municipality.Municipalities;
import nl.regie.municipality.Municipality;
import nl.regie.rules.Articles;
import nl.regie.rules.EnforcementRules;

/**
 * The fine as a formal decision letter (beschikking) in Dutch: dagtekening, the facts, hoor en wederhoor, the
 * reasoning and the amount, the legal basis, payment and the objection clause (Awb art. 6:7). Rendered once on
 * approval and archived; template {@code templates/letters/fine.html}.
 */
@Component
class FineLetter {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
    /** Awb art. 4:87 lid 1: a sum of money is paid within six weeks after the decision was made known. */
    static final int PAYMENT_WEEKS = 6;

    private final TemplateEngine templates;
    private final PdfLetters pdf;
    private final Municipalities municipalities;

    FineLetter(TemplateEngine templates, PdfLetters pdf, Municipalities municipalities) {
        this.templates = templates;
        this.pdf = pdf;
        this.municipalities = municipalities;
    }

    byte[] render(Dossier d, Breach b, SanctionDecision dec, LocalDate datedOn, String decidedBy, String approvedBy) {
        return pdf.render(xhtml(d, b, dec, datedOn, decidedBy, approvedBy));
    }

    String xhtml(Dossier d, Breach b, SanctionDecision dec, LocalDate datedOn, String decidedBy, String approvedBy) {
        String municipality = municipalities.find(d.municipalityCode()).map(Municipality::name).orElse(d.municipalityCode());
        Context c = new Context(Locale.forLanguageTag("nl-NL"));
        c.setVariable("municipality", municipality);
        c.setVariable("name", d.fullName());
        c.setVariable("datedOn", DUTCH.format(datedOn));
        c.setVariable("reference", "HH-" + d.id().toString().substring(0, 8).toUpperCase() + "-" + dec.id());
        c.setVariable("obligation", b.obligation().dutch().toLowerCase());
        c.setVariable("conductOn", DUTCH.format(b.conductOn()));
        c.setVariable("facts", b.facts());
        c.setVariable("heardOn", DUTCH.format(b.heardOn()));
        c.setVariable("statement", b.statement());
        c.setVariable("culpability", b.culpabilityReasoning());
        c.setVariable("circumstances", b.circumstances().stream().map(x -> x.dutch()).toList());
        c.setVariable("circumstanceNote", b.circumstanceNote());
        // The letter states the decision; the note that Regie only proposed belongs on the screen, not in the beschikking.
        c.setVariable("reasoning", dec.proposalReasoning().stream().filter(r -> !r.equals(EnforcementRules.PROPOSAL_NOTE)).toList());
        c.setVariable("deviation", dec.deviates() ? dec.deviationReason() : null);
        c.setVariable("proposedAmount", dec.proposedAmount() == null ? null : EnforcementRules.euro(dec.proposedAmount()));
        c.setVariable("amount", EnforcementRules.euro(dec.amount()));
        c.setVariable("maximum", EnforcementRules.euro(EnforcementRules.STATUTORY_MAXIMUM));
        c.setVariable("policyValidFrom", DUTCH.format(dec.policyValidFrom()));
        c.setVariable("payBy", DUTCH.format(datedOn.plusWeeks(PAYMENT_WEEKS)));
        c.setVariable("objectionBy", DUTCH.format(EnforcementRules.objectionDeadline(datedOn)));
        c.setVariable("fineArticle", Articles.FINE_MAXIMUM);
        c.setVariable("assessmentArticle", Articles.INDIVIDUAL_ASSESSMENT);
        c.setVariable("noDoubleArticle", Articles.NO_DOUBLE_SANCTION);
        c.setVariable("decidedBy", decidedBy);
        c.setVariable("approvedBy", approvedBy);
        return templates.process("letters/fine", c);
    }
}
