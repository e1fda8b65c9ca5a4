package nl.regie.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import nl.regie.TestData;
import nl.regie.identity.RegieUser;
import nl.regie.shared.Bsn;

/**
 * Benchmark of the COA import (issue 4): a CSV file of 10,000 klantprofielen (with COA profile and household, as
 * the example file) is read for Wassenaar, then read again (everything already present). Not part of the normal
 * suite; run it with
 * {@code ./mvnw test -Dtest=CoaImportBenchmark -Dregie.benchmark=true [-Dregie.benchmark.size=10000]}, on H2 as
 * it stands or against PostgreSQL with SPRING_DATASOURCE_URL. Prints its figures to the test output.
 */
@SpringBootTest
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "regie.benchmark", matches = "true")
class CoaImportBenchmark {

    @Autowired
    CoaImports imports;

    @Autowired
    TestData data;

    @Test
    void importTenThousandProfiles() throws Exception {
        int size = Integer.getInteger("regie.benchmark.size", 10_000);
        RegieUser consultant = data.user(TestData.CONSULTANT_WASSENAAR);
        LocalDate linked = LocalDate.now().minusDays(10);
        StringBuilder csv = new StringBuilder("bsn;givenNames;familyName;birthDate;nationality;contactLanguage;interpreterNeeded;"
                + "linkedOn;coaNumber;azcLocation;residencePermitType;permitGrantedOn;familyDetails;education;languageSkills;"
                + "workExperience;selfReliance;householdMembers\n");
        // BSNs from a range of their own, so the run imports (and does not find them present) on a reused database.
        int prefix = 80_000_000 + (int) (System.currentTimeMillis() / 1000 % 1_000) * 10_000;
        int made = 0;
        for (int p = prefix; made < size; p++) {
            String bsn = Bsn.completeWithCheckDigit(p);
            if (bsn == null) {
                continue;
            }
            made++;
            csv.append(bsn).append(";Naam").append(made).append(";Benchmark;1990-01-01;SYR;ar;ja;").append(linked)
                    .append(";COA-").append(made).append(";AZC Katwijk;ASYLUM_TEMPORARY;").append(linked.minusDays(20))
                    .append(";Gehuwd, twee kinderen;Middelbare school;Arabisch moedertaal;Timmerman, 5 jaar;Zelfredzaam;")
                    .append("partner:Partner").append(made).append(":1991-02-02|kind:Kind").append(made).append(":2018-03-03\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        long t0 = System.nanoTime();
        UUID first = imports.start(consultant, "benchmark.csv", file);
        ImportRun r1 = CoaImportTest.finished(imports, consultant, first, java.time.Duration.ofMinutes(30));
        long firstMs = (System.nanoTime() - t0) / 1_000_000;

        long t1 = System.nanoTime();
        UUID second = imports.start(consultant, "benchmark.csv", file);
        ImportRun r2 = CoaImportTest.finished(imports, consultant, second, java.time.Duration.ofMinutes(30));
        long secondMs = (System.nanoTime() - t1) / 1_000_000;

        System.out.printf("BENCHMARK COA import: %d profiles (%.1f MB) in %d ms (%.0f profiles/s): %d imported, %d rejected%n",
                size, file.length / 1048576.0, firstMs, size * 1000.0 / firstMs, r1.imported(), r1.rejected());
        System.out.printf("BENCHMARK COA import again: %d ms (%.0f profiles/s): %d already present, %d imported%n",
                secondMs, size * 1000.0 / secondMs, r2.alreadyPresent(), r2.imported());
        assertThat(r1.imported()).isEqualTo(size);
        assertThat(r2.alreadyPresent()).isEqualTo(size);
        assertThat(r2.imported()).isZero();
    }
}
