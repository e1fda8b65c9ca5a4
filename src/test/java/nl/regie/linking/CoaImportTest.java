package nl.regie.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import nl.regie.IntegrationTest;
import nl.regie.TestData;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierState;
import nl.regie.dossier.TimelineEvent;
import nl.regie.audit.AccessLog.Channel;
import nl.regie.identity.RegieUser;
import nl.regie.shared.RegieProblem;

class CoaImportTest extends IntegrationTest {

    static final String HEADER = "bsn;givenNames;familyName;birthDate;nationality;contactLanguage;interpreterNeeded;linkedOn";

    @Autowired
    CoaImports imports;

    @Autowired
    DossierQueries dossiers;

    private final LocalDate today = LocalDate.now();

    private RegieUser consultant() {
        return data.user(TestData.CONSULTANT_WASSENAAR);
    }

    /** Waits for the background run; the wall clock bounds the wait, never the outcome. */
    static ImportRun finished(CoaImports imports, RegieUser user, UUID runId) throws InterruptedException {
        return finished(imports, user, runId, Duration.ofSeconds(60));
    }

    static ImportRun finished(CoaImports imports, RegieUser user, UUID runId, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            ImportRun r = imports.run(user, runId);
            if (!r.running()) {
                return r;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("De import is niet binnen " + timeout + " klaar");
    }

    private ImportReport importFile(String name, String content) throws InterruptedException {
        UUID id = imports.start(consultant(), name, content.getBytes(StandardCharsets.UTF_8));
        finished(imports, consultant(), id);
        return imports.report(consultant(), id);
    }

    private String row(String bsn, String given, String birth, String nationality, String linked) {
        return String.join(";", bsn, given, "Testpersoon", birth, nationality, "ar", "ja", linked);
    }

    private long wassenaarDossiers() {
        return jdbc.sql("SELECT COUNT(*) FROM dossier WHERE municipality_code = '0629'").query(Long.class).single();
    }

    @Test
    void theExampleFilesOfTheDocumentationImportCompletely() throws Exception {
        for (String ext : List.of("csv", "json")) {
            String text = new ClassPathResource("linking/coa-import-voorbeeld." + ext).getContentAsString(StandardCharsets.UTF_8);
            // The example's BSNs are fixed; every run of the suite (and PostgreSQL keeps its data between classes)
            // gets fresh ones so the test imports, not "already present".
            for (String bsn : List.of("534640977", "302466332", "629923127")) {
                text = text.replace(bsn, TestData.freshBsn());
            }
            ImportReport report = importFile("coa-import-voorbeeld." + ext, text);
            assertThat(report.rejected()).as(ext + ": " + report.rejected()).isEmpty();
            assertThat(report.run().imported()).isEqualTo(ext.equals("csv") ? 3 : 2);
            assertThat(report.run().status()).isEqualTo(ImportStatus.FINISHED);
            Dossier d = dossiers.get(consultant(), report.imported().get(0).dossierId(), "test", Channel.UI);
            assertThat(d.fullName()).isEqualTo("Amal Haddad");
            assertThat(d.state()).isEqualTo(DossierState.LINKED);
            assertThat(d.coaProfile().azcLocation()).isEqualTo("AZC Katwijk");
            assertThat(d.coaProfile().diplomaValuation()).isEqualTo("IDW: bachelor farmacie");
            assertThat(d.householdMembers()).hasSize(3);
            assertThat(d.householdMembers().get(1).name()).isEqualTo("Lina Haddad");
            assertThat(d.householdMembers().get(1).birthDate()).isEqualTo(LocalDate.of(2016, 9, 12));
            assertThat(d.consultantUsername()).isEqualTo(TestData.CONSULTANT_WASSENAAR);
            List<TimelineEvent> events = dossiers.timeline(consultant(), d.id(), "test", Channel.UI);
            assertThat(events).anySatisfy(e -> assertThat(e.reason()).isEqualTo("Koppeling door het COA (COA-import)"));
        }
    }

    @Test
    void goodRowsAreImportedEachBadRowIsReportedWithItsLineAndASecondRunImportsNothingTwice() throws Exception {
        String a = TestData.freshBsn();
        String b = TestData.freshBsn();
        String c = TestData.freshBsn();
        String linked = today.minusDays(3).toString();
        String file = String.join("\n",
                HEADER,
                row(a, "Goed", "1990-01-01", "SYR", linked),                      // line 2
                row("123456789", "Elfproef", "1990-01-01", "SYR", linked),        // line 3: BSN fails the 11-proef
                row(b, "Datum", "31-02-1990", "SYR", linked),                     // line 4: no such date
                row(TestData.freshBsn(), "Land", "1990-01-01", "ZZZ", today.plusDays(5).toString()), // line 5: two problems
                "\"" + TestData.freshBsn() + "\"x;Kapot;Test;1990-01-01;SYR;ar;ja;" + linked, // line 6: broken quoting
                row(c, "Ook goed", "1985-05-05", "ERI", linked),                  // line 7
                row(a, "Dubbel", "1990-01-01", "SYR", linked)) + "\n";            // line 8: same BSN as line 2
        long before = wassenaarDossiers();

        ImportReport first = importFile("week47.csv", file);

        assertThat(first.run().total()).isEqualTo(7);
        assertThat(first.run().imported()).isEqualTo(2);
        assertThat(first.run().alreadyPresent()).isEqualTo(1);
        assertThat(first.run().rejected()).isEqualTo(4);
        assertThat(wassenaarDossiers()).isEqualTo(before + 2);
        assertThat(first.rejected()).extracting(ImportLine::line).containsExactly(3, 4, 5, 6);
        assertThat(first.rejected().get(0).reasons()).containsExactly("BSN (bsn): Dit BSN voldoet niet aan de elfproef; controleer het nummer.");
        assertThat(first.rejected().get(1).reasons()).singleElement().asString()
                .startsWith("Geboortedatum (birthDate): '31-02-1990' is geen geldige datum");
        assertThat(first.rejected().get(2).reasons()).hasSize(2)
                .anySatisfy(r -> assertThat(r).startsWith("Nationaliteit (nationality):"))
                .anySatisfy(r -> assertThat(r).startsWith("Gekoppeld op (linkedOn):"));
        assertThat(first.rejected().get(3).reasons()).singleElement().asString().contains("aanhalingsteken");
        assertThat(first.alreadyPresent()).singleElement().satisfies(l -> {
            assertThat(l.line()).isEqualTo(8);
            assertThat(l.reasons().get(0)).contains("eerder in hetzelfde bestand");
        });

        ImportReport second = importFile("week47.csv", file);

        assertThat(wassenaarDossiers()).as("tweede keer inlezen maakt niets dubbel").isEqualTo(before + 2);
        assertThat(second.run().imported()).isZero();
        assertThat(second.run().alreadyPresent()).isEqualTo(3);
        assertThat(second.run().rejected()).isEqualTo(4);
        assertThat(second.alreadyPresent().get(0).reasons().get(0)).contains("al een dossier");
    }

    @Test
    void jsonRecordsAreReportedByTheLineOnWhichTheyStart() throws Exception {
        String json = """
                [
                  {"bsn": "%s", "givenNames": "Eerste", "familyName": "Test", "birthDate": "1990-01-01",
                   "nationality": "SYR", "contactLanguage": "ar", "interpreterNeeded": true, "linkedOn": "%s"},
                  {"bsn": "%s", "givenNames": "Tweede", "familyName": "Test", "birthDate": "1990-01-01",
                   "nationality": "SYR", "contactLanguage": "ar", "interpreterNeeded": "misschien", "linkedOn": "%s",
                   "shoeSize": 42},
                  "geen object"
                ]
                """.formatted(TestData.freshBsn(), today, TestData.freshBsn(), today);

        ImportReport report = importFile("profielen.json", json);

        assertThat(report.run().imported()).isEqualTo(1);
        assertThat(report.rejected()).extracting(ImportLine::line).containsExactly(4, 7);
        assertThat(report.rejected().get(0).reasons())
                .anySatisfy(r -> assertThat(r).startsWith("Tolk nodig (interpreterNeeded): 'misschien' is geen ja of nee"))
                .anySatisfy(r -> assertThat(r).contains("Onbekend veld 'shoeSize'"));
        assertThat(report.rejected().get(1).reasons()).singleElement().asString().contains("geen klantprofiel");
    }

    static Stream<Arguments> refusedFiles() {
        return Stream.of(
                Arguments.of("profielen.xlsx", "bsn\n1", "Alleen CSV- en JSON-bestanden"),
                Arguments.of("leeg.csv", "   \n", "Het bestand is leeg."),
                Arguments.of("kop.csv", HEADER + "\n", "alleen een kopregel"),
                Arguments.of("kolom.csv", HEADER + ";schoenmaat\n1;2;3;4;5;6;7;8;9\n", "Onbekende kolom 'schoenmaat'"),
                Arguments.of("mist.csv", "bsn;givenNames\n1;2\n", "ontbreken in de kopregel"),
                Arguments.of("object.json", "{\"bsn\": \"1\"}", "een lijst van klantprofielen"),
                Arguments.of("kapot.json", "[{\"bsn\": }]", "de opbouw klopt niet op regel 1"));
    }

    @ParameterizedTest
    @MethodSource("refusedFiles")
    void aFileThatCannotBeReadIsRefusedAsAWholeAndLeavesNoRun(String name, String content, String message) {
        long runs = jdbc.sql("SELECT COUNT(*) FROM coa_import_run").query(Long.class).single();
        assertThatThrownBy(() -> imports.start(consultant(), name, content.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class,
                        e -> assertThat(e.problems().get(CoaFile.FIELD)).contains(message));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM coa_import_run").query(Long.class).single()).isEqualTo(runs);
    }

    @Test
    void aFileThatIsNotUtf8OrTooBigIsRefused() {
        byte[] latin1 = (HEADER + "\n" + row(TestData.freshBsn(), "Ayşe", "1990-01-01", "TUR", today.toString()))
                .getBytes(StandardCharsets.ISO_8859_1);
        latin1[HEADER.length() + 14] = (byte) 0xFE; // a byte that is never valid UTF-8
        assertThatThrownBy(() -> imports.start(consultant(), "latin1.csv", latin1))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class,
                        e -> assertThat(e.problems().get(CoaFile.FIELD)).contains("geen UTF-8"));
        byte[] big = new byte[(int) CoaFile.MAX_BYTES + 1];
        assertThatThrownBy(() -> imports.start(consultant(), "groot.csv", big))
                .isInstanceOfSatisfying(RegieProblem.InvalidInput.class,
                        e -> assertThat(e.problems().get(CoaFile.FIELD)).contains("groter dan 5 MB"));
    }

    @Test
    void anotherMunicipalityCannotSeeTheRunAndOnlyCaseworkersImport() throws Exception {
        UUID id = imports.start(consultant(), "een.csv",
                (HEADER + "\n" + row(TestData.freshBsn(), "Een", "1990-01-01", "SYR", today.toString())).getBytes(StandardCharsets.UTF_8));
        finished(imports, consultant(), id);

        assertThatThrownBy(() -> imports.report(data.user(TestData.CONSULTANT_VOORSCHOTEN), id))
                .isInstanceOf(RegieProblem.NotFound.class);
        assertThat(imports.latest(data.user(TestData.CONSULTANT_VOORSCHOTEN), 50)).noneMatch(r -> r.id().equals(id));
        assertThat(imports.report(data.user(TestData.TEAM_LEAD_WASSENAAR), id).run().imported()).isEqualTo(1);
        for (String who : List.of(TestData.POLICY_OFFICER_WASSENAAR, TestData.CHAIN_PARTNER, TestData.ADMIN)) {
            assertThatThrownBy(() -> imports.start(data.user(who), "x.csv", "x".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(RegieProblem.Forbidden.class);
            assertThatThrownBy(() -> imports.report(data.user(who), id)).isInstanceOf(RegieProblem.Forbidden.class);
        }
    }

    @Test
    void theScreensUploadShowProgressAndReport() throws Exception {
        String bsn = TestData.freshBsn();
        var file = new org.springframework.mock.web.MockMultipartFile("bestand", "scherm.csv", "text/csv",
                (HEADER + "\n" + row(bsn, "Scherm", "1990-01-01", "SYR", today.toString()) + "\n"
                        + row("12", "Fout", "1990-01-01", "SYR", today.toString())).getBytes(StandardCharsets.UTF_8));
        var login = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT");
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        String location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/koppeling").file(file).with(login).with(csrf))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/koppeling/");
        UUID id = UUID.fromString(location.substring("/koppeling/".length()));
        finished(imports, consultant(), id);

        var progress = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get(location + "/voortgang").with(login)).andReturn().getResponse();
        assertThat(progress.getHeader("HX-Refresh")).isEqualTo("true");
        assertThat(progress.getContentAsString()).contains("2 van 2 klantprofielen verwerkt (100%)");
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(location).with(login))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Afgewezen regels").contains("Een BSN bestaat uit precies 9 cijfers.");

        var refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/koppeling")
                .file(new org.springframework.mock.web.MockMultipartFile("bestand", "foto.png", "image/png", new byte[] {1, 2}))
                .with(login).with(csrf)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("Alleen CSV- en JSON-bestanden").contains("foto.png");
    }
}
