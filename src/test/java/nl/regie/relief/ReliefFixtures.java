package nl.regie.relief;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.regie.TestData;
import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.LegalFacts;
import nl.regie.dossier.RecordingLegalFacts;
import nl.regie.identity.RegieUser;

/** Wassenaar asylum permit holders on bijstand with an arrangement and the four usual vaste lasten. */
@Component
public class ReliefFixtures {

    private final TestData data;
    private final DossierQueries queries;
    private final RecordingLegalFacts facts;
    private final ManagingRelief managing;

    ReliefFixtures(TestData data, DossierQueries queries, RecordingLegalFacts facts, ManagingRelief managing) {
        this.data = data;
        this.queries = queries;
        this.facts = facts;
        this.managing = managing;
    }

    public RegieUser consultant() {
        return data.user(TestData.CONSULTANT_WASSENAAR);
    }

    /** A dossier of Wassenaar whose right to bijstand started on {@code benefitStart}. */
    public UUID onBenefitSince(LocalDate benefitStart) {
        UUID id = data.wassenaarDossierLinkedOn(benefitStart.minusDays(40));
        long v = queries.get(consultant(), id, "test", Channel.UI).version();
        facts.record(consultant(), id, v, new LegalFacts(false, 0, false, benefitStart, null), "Bijstand toegekend");
        return id;
    }

    /** An arrangement with rent, energy, water and health insurance from the first month, € 1.250,00 bijstand. */
    public UUID withFourCharges(LocalDate benefitStart) {
        UUID id = onBenefitSince(benefitStart);
        managing.arrange(consultant(), id, 125_000L, "NL36INGB0007654321");
        YearMonth first = YearMonth.from(benefitStart);
        managing.addCharge(consultant(), id, new NewFixedCharge(FixedChargeKind.RENT, "Woonstichting De Duinen & Co", "NL91ABNA0417164300",
                "HUUR-2026-0042", 65_000L, 1, first, null));
        managing.addCharge(consultant(), id, new NewFixedCharge(FixedChargeKind.ENERGY, "Energie Direct", "NL20INGB0001234567",
                "KLANT 7731", 12_050L, 15, first, null));
        managing.addCharge(consultant(), id, new NewFixedCharge(FixedChargeKind.WATER, "Dunea", "NL44RABO0123456789", "W-99812",
                2_275L, 20, first, null));
        managing.addCharge(consultant(), id, new NewFixedCharge(FixedChargeKind.HEALTH_INSURANCE, "Zilveren Kruis", "NL63TRIO0212345678",
                "POLIS 55-1", 14_800L, 28, first, null));
        return id;
    }
}
