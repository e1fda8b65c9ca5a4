package nl.regie.enforcement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

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
 * The letters a decision on a breach sends, in Dutch, rendered once and archived with the decision:
 * <ul>
 *   <li>the fine as a formal decision letter (beschikking): dagtekening, the facts, hoor en wederhoor, the reasoning and
 *   the amount, the legal basis, payment and the objection clause (Awb art. 6:7); rendered on approval
 *   ({@code templates/letters/fine.html});</li>
 *   <li>the written warning: the same facts and hearing, that there is no fine now, and what a next culpable breach
 *   within the policy's second-chance period may cost; rendered when the warning is decided
 *   ({@code templates/letters/warning.html}).</li>
 * </ul>
 */
@Component
class SanctionLetters {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
    /**
     * A letter names the municipality's policy in plain words. The bases as {@link Articles} words them also name their
     * sources (seeds, rules.md), which belong on the consultant's screen, not in a letter to the newcomer.
     */
    private static final Map<String, String> LETTER_WORDING = Map.of(
            Articles.WARNING_FIRST, "boetebeleid van de gemeente: eerst een waarschuwing, daarna een boete die bij herhaling hoger wordt",
            Articles.SECOND_CHANCE, "boetebeleid van de gemeente: oudere overtredingen tellen na de tweede-kansperiode niet meer mee",
            Articles.NO_DOUBLE_SANCTION, "boetebeleid van de gemeente: geen boete naast een maatregel op grond van artikel 18 lid 2 "
                    + "Participatiewet voor dezelfde gedraging");
    /** Awb art. 4:87 lid 1: a sum of money is paid within six weeks after the decision was made known. */
    static final int PAYMENT_WEEKS = 6;

    private final TemplateEngine templates;
    private final PdfLetters pdf;
    private final Municipalities municipalities;

    SanctionLetters(TemplateEngine templates, PdfLetters pdf, Municipalities municipalities) {
        this.templates = templates;
        this.pdf = pdf;
        this.municipalities = municipalities;
    }

    byte[] fine(Dossier d, Breach b, SanctionDecision dec, LocalDate datedOn, String decidedBy, String approvedBy) {
        return pdf.render(fineXhtml(d, b, dec, datedOn, decidedBy, approvedBy));
    }

    String fineXhtml(Dossier d, Breach b, SanctionDecision dec, LocalDate datedOn, String decidedBy, String approvedBy) {
        Context c = breachContext(d, b, dec.id(), datedOn, decidedBy);
        // The letter states the decision; the note that Regie only proposed belongs on the screen, not in the beschikking.
        c.setVariable("reasoning", dec.proposalReasoning().stream().filter(r -> !r.equals(EnforcementRules.PROPOSAL_NOTE))
                .map(SanctionLetters::forLetter).toList());
        c.setVariable("deviation", dec.deviates() ? dec.deviationReason() : null);
        c.setVariable("proposedAmount", dec.proposedAmount() == null ? null : EnforcementRules.euro(dec.proposedAmount()));
        c.setVariable("amount", EnforcementRules.euro(dec.amount()));
        c.setVariable("maximum", EnforcementRules.euro(EnforcementRules.STATUTORY_MAXIMUM));
        c.setVariable("policyValidFrom", DUTCH.format(dec.policyValidFrom()));
        c.setVariable("payBy", DUTCH.format(datedOn.plusWeeks(PAYMENT_WEEKS)));
        c.setVariable("objectionBy", DUTCH.format(EnforcementRules.objectionDeadline(datedOn)));
        c.setVariable("fineArticle", Articles.FINE_MAXIMUM);
        c.setVariable("assessmentArticle", Articles.INDIVIDUAL_ASSESSMENT);
        c.setVariable("noDoubleArticle", LETTER_WORDING.get(Articles.NO_DOUBLE_SANCTION));
        c.setVariable("approvedBy", approvedBy);
        return templates.process("letters/fine", c);
    }

    byte[] warning(Dossier d, Breach b, long decisionId, FinePolicyVersion policy, LocalDate datedOn, String decidedBy) {
        return pdf.render(warningXhtml(d, b, decisionId, policy, datedOn, decidedBy));
    }

    /**
     * The warning under the municipality's fine policy (warning first, Wi art. 22 with the policy's ladder). It rests on a
     * policy rule, not on a statutory provision that makes it a condition for a fine, so it is not a besluit
     * (ABRvS 2018:3484; contrast 2018:1449) and carries no objection clause; the letter says how to respond instead.
     */
    String warningXhtml(Dossier d, Breach b, long decisionId, FinePolicyVersion policy, LocalDate datedOn, String decidedBy) {
        Context c = breachContext(d, b, decisionId, datedOn, decidedBy);
        int months = policy.policy().secondChanceMonths();
        c.setVariable("secondChanceMonths", months);
        c.setVariable("warningFirst", policy.policy().warningFirst());
        c.setVariable("countsUntil", DUTCH.format(b.conductOn().plusMonths(months)));
        c.setVariable("firstFine", EnforcementRules.euro(policy.firstStep()));
        c.setVariable("maximum", EnforcementRules.euro(EnforcementRules.STATUTORY_MAXIMUM));
        c.setVariable("policyValidFrom", DUTCH.format(policy.policy().validFrom()));
        c.setVariable("fineArticle", Articles.FINE_MAXIMUM);
        return templates.process("letters/warning", c);
    }

    static String forLetter(String line) {
        String out = line;
        for (Map.Entry<String, String> e : LETTER_WORDING.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    /** What both letters say about the person, the breach and the hearing. */
    private Context breachContext(Dossier d, Breach b, long decisionId, LocalDate datedOn, String decidedBy) {
        String municipality = municipalities.find(d.municipalityCode()).map(Municipality::name).orElse(d.municipalityCode());
        Context c = new Context(Locale.forLanguageTag("nl-NL"));
        c.setVariable("municipality", municipality);
        c.setVariable("name", d.fullName());
        c.setVariable("datedOn", DUTCH.format(datedOn));
        c.setVariable("reference", "HH-" + d.id().toString().substring(0, 8).toUpperCase() + "-" + decisionId);
        c.setVariable("obligation", b.obligation().dutch().toLowerCase());
        c.setVariable("conductOn", DUTCH.format(b.conductOn()));
        c.setVariable("facts", b.facts());
        c.setVariable("heardOn", DUTCH.format(b.heardOn()));
        c.setVariable("statement", b.statement());
        c.setVariable("culpability", b.culpabilityReasoning());
        c.setVariable("circumstances", b.circumstances().stream().map(x -> x.dutch()).toList());
        c.setVariable("circumstanceNote", b.circumstanceNote());
        c.setVariable("decidedBy", decidedBy);
        return c;
    }
}
