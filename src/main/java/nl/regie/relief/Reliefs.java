package nl.regie.relief;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog;
import nl.regie.audit.AccessLog.AccessAction;
import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.Dossier;
import nl.regie.household.Household;
import nl.regie.household.Households;
import nl.regie.household.IncomeType;
import nl.regie.identity.RegieUser;
import nl.regie.municipality.MunicipalPolicy;
import nl.regie.municipality.Municipalities;
import nl.regie.plan.IntegrationPlan;
import nl.regie.plan.Plans;
import nl.regie.rules.FinancialReliefRules;
import nl.regie.rules.FinancialReliefRules.MonthComputation;

/** Reading a dossier's financieel ontzorgen: the arrangement, its vaste lasten, the months and the checkpoints. */
@Service
@Transactional(readOnly = true)
public class Reliefs {

    private final ReliefContext context;
    private final ReliefStore store;
    private final Households households;
    private final Municipalities municipalities;
    private final Plans plans;
    private final AccessLog accessLog;
    private final Clock clock;

    Reliefs(ReliefContext context, ReliefStore store, Households households, Municipalities municipalities, Plans plans,
            AccessLog accessLog, Clock clock) {
        this.context = context;
        this.store = store;
        this.households = households;
        this.municipalities = municipalities;
        this.plans = plans;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * The relief page. The dossier read is logged by {@code DossierQueries}; the financial details (amounts, IBANs,
     * creditors) get their own line.
     */
    public ReliefView view(RegieUser user, UUID dossierId) {
        Dossier d = context.read(user, dossierId, "Financieel ontzorgen");
        ReliefView v = viewOf(user, d, true);
        accessLog.record(user, dossierId, AccessAction.VIEW_FINANCIAL_RELIEF, "Financieel ontzorgen inzien", Channel.UI);
        return v;
    }

    /** The card on the voortgangsgesprekken page (loaded with htmx, so progress does not depend on relief). */
    public ReliefView summary(RegieUser user, UUID dossierId) {
        Dossier d = context.read(user, dossierId, "Voortgangsgesprekken: stand van het ontzorgen");
        ReliefView v = viewOf(user, d, false);
        if (v.arranged()) {
            accessLog.record(user, dossierId, AccessAction.VIEW_FINANCIAL_RELIEF, "Voortgangsgesprek: stand van het ontzorgen", Channel.UI);
        }
        return v;
    }

    ReliefView viewOf(RegieUser user, Dossier d, boolean withHousehold) {
        LocalDate today = LocalDate.now(clock);
        var relief = store.ofDossier(d.id()).orElse(null);
        boolean canEdit = ReliefContext.mayChange(user, d);
        IntegrationPlan agreement = plans.established(d).stream()
                .filter(p -> p.content() != null && p.content().financialRelief() != null && !p.content().financialRelief().isBlank())
                .findFirst().orElse(null);
        if (relief == null) {
            LocalDate start = d.legalFacts() == null ? null : d.legalFacts().benefitStartedOn();
            FinancialReliefRules.Decision eligibility = eligibility(user, d, withHousehold);
            Integer months = null;
            LocalDate end = null;
            if (start != null) {
                MunicipalPolicy policy = municipalities.policyOn(d.municipalityCode(), start).orElse(null);
                months = policy == null ? FinancialReliefRules.STATUTORY_MONTHS : policy.financialReliefMonths();
                end = FinancialReliefRules.endDate(start, months);
            }
            return new ReliefView(d, null, eligibility, start, months, end, List.of(), List.of(), List.of(), List.of(), Map.of(),
                    agreement, canEdit, today);
        }
        List<FixedCharge> charges = store.charges(relief.id());
        List<FinancialReliefRules.Charge> rules = charges.stream().map(FixedCharge::asRule).toList();
        List<MonthComputation> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(relief.startsOn()); !m.isAfter(YearMonth.from(relief.endsOn())); m = m.plusMonths(1)) {
            months.add(FinancialReliefRules.month(m, relief.startsOn(), relief.endsOn(), relief.benefitCents(), rules,
                    d.fullName(), relief.newcomerIban()));
        }
        Map<YearMonth, List<String>> paidIn = new LinkedHashMap<>();
        for (ReliefStore.DossierPayment p : store.paymentsOfDossier(d.id())) {
            List<String> ids = paidIn.computeIfAbsent(p.month(), k -> new ArrayList<>());
            if (!ids.contains(p.messageId())) {
                ids.add(p.messageId());
            }
        }
        return new ReliefView(d, relief, null, relief.startsOn(), relief.policyMonths(), relief.plannedEnd(), charges,
                store.changes(relief.id()), store.checkpoints(relief.id()), months, paidIn, agreement, canEdit, today);
    }

    /** Art. 56a: an asylum permit holder with a right to bijstand; the household's income situation must not say otherwise. */
    FinancialReliefRules.Decision eligibility(RegieUser user, Dossier d, boolean withHousehold) {
        LocalDate start = d.legalFacts() == null ? null : d.legalFacts().benefitStartedOn();
        String income = null;
        boolean benefit = false;
        if (withHousehold) {
            Household h = households.household(user, d.id(), "Financieel ontzorgen: inkomenssituatie");
            if (h.income() != null) {
                income = h.income().type().dutch();
                benefit = h.income().type() == IncomeType.BENEFIT;
            }
        }
        return FinancialReliefRules.eligibility(d.targetGroup(), start, income, benefit);
    }
}
