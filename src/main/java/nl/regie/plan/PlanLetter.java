package nl.regie.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import nl.regie.dossier.Dossier;
import nl.regie.identity.RegieUser;
import nl.regie.letters.PdfLetters;
import nl.regie.municipality.Municipalities;
import nl.regie.municipality.Municipality;
import nl.regie.rules.IntegrationRules;
import nl.regie.rules.Periods;

/**
 * The PIP as a decision letter: the formal Dutch beschikking (dagtekening, decision, obligations, consequences,
 * objection clause) followed by a plain-language summary in Dutch and each chosen language. Summary texts live in
 * letters/plan-summary_xx.properties, so a language is added by adding a file.
 */
@Component
class PlanLetter {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private final TemplateEngine templates;
    private final PdfLetters pdf;
    private final Municipalities municipalities;
    private final ResourceBundleMessageSource summaries = new ResourceBundleMessageSource();

    PlanLetter(TemplateEngine templates, PdfLetters pdf, Municipalities municipalities) {
        this.templates = templates;
        this.pdf = pdf;
        this.municipalities = municipalities;
        summaries.setBasename("letters/plan-summary");
        summaries.setDefaultEncoding("UTF-8");
        summaries.setFallbackToSystemLocale(false);
    }

    /** One language's summary: its texts in reading order and its writing direction. */
    record Summary(String language, boolean rightToLeft, String title, List<String> paragraphs) {
    }

    byte[] render(Dossier d, IntegrationPlan plan, IntegrationPlan previous, LocalDate firstDatedOn, RegieUser signer) {
        return pdf.render(xhtml(d, plan, previous, firstDatedOn, signer));
    }

    String xhtml(Dossier d, IntegrationPlan plan, IntegrationPlan previous, LocalDate firstDatedOn, RegieUser signer) {
        String municipality = municipalities.find(d.municipalityCode()).map(Municipality::name).orElse(d.municipalityCode());
        LocalDate termStart = firstDatedOn.plusDays(1);
        LocalDate termEnd = d.legalFacts().termExtendedUntil() != null ? d.legalFacts().termExtendedUntil()
                : Periods.lastDayOfYears(termStart, IntegrationRules.TERM_YEARS);
        Context c = new Context(Locale.forLanguageTag("nl-NL"));
        c.setVariable("municipality", municipality);
        c.setVariable("name", d.fullName());
        c.setVariable("plan", plan);
        c.setVariable("fields", plan.content().labelled());
        c.setVariable("previous", previous);
        c.setVariable("changes", previous == null ? List.of() : Plans.diff(previous.content(), plan.content()));
        c.setVariable("datedOn", DUTCH.format(plan.datedOn()));
        c.setVariable("previousDatedOn", previous == null ? null : DUTCH.format(previous.datedOn()));
        c.setVariable("termStart", DUTCH.format(termStart));
        c.setVariable("termEnd", DUTCH.format(termEnd));
        c.setVariable("reference", "PIP-" + d.id().toString().substring(0, 8).toUpperCase() + "-" + plan.versionNo());
        c.setVariable("signer", signer.displayName());
        List<Summary> list = new ArrayList<>();
        list.add(summary("nl", d, plan, termStart, termEnd, municipality));
        for (String lang : new java.util.TreeSet<>(plan.content().summaryLanguages())) {
            list.add(summary(lang, d, plan, termStart, termEnd, municipality));
        }
        c.setVariable("summaries", list);
        return templates.process("letters/pip", c);
    }

    private Summary summary(String lang, Dossier d, IntegrationPlan plan, LocalDate termStart, LocalDate termEnd,
                            String municipality) {
        Locale locale = Locale.forLanguageTag(lang);
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        Map<String, Object[]> keys = new LinkedHashMap<>();
        keys.put("intro", new Object[] {d.givenNames(), municipality});
        keys.put("route." + plan.content().learningRoute().name(), new Object[] {});
        keys.put("provider", new Object[] {plan.content().provider()});
        keys.put("parts", new Object[] {});
        // As text, so every language shows the same digits as the dates around it.
        keys.put("meetings", new Object[] {String.valueOf(plan.content().plannedMeetings())});
        keys.put("term", new Object[] {dates.format(termStart), dates.format(termEnd)});
        keys.put("obligations", new Object[] {});
        keys.put("objection", new Object[] {});
        keys.put("help", new Object[] {});
        List<String> paragraphs = new ArrayList<>();
        keys.forEach((k, args) -> paragraphs.add(summaries.getMessage(k, args, locale)));
        return new Summary(lang, "ar".equals(lang), summaries.getMessage("title", null, locale), paragraphs);
    }
}
