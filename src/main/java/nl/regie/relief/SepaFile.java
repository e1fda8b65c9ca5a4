package nl.regie.relief;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a payment run as an ISO 20022 customer credit transfer initiation, {@code pain.001.001.09}: one payment
 * information block per requested execution date (the vaste lasten fall due on their own day of the month), SEPA
 * service level, shared charges, the municipality as debtor, and per transfer its EndToEndId, the amount in euro with two
 * decimals, the creditor's name and IBAN and the creditor's payment reference as unstructured remittance information.
 */
final class SepaFile {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneId.of("Europe/Amsterdam"));

    private SepaFile() {
    }

    record Transfer(String endToEndId, long amountCents, String creditorName, String creditorIban, String remittance,
                    LocalDate executionDate) {
    }

    static byte[] write(String messageId, Instant createdAt, ReliefStore.Account debtor, List<Transfer> transfers) {
        Map<LocalDate, List<Transfer>> byDate = new TreeMap<>();
        transfers.forEach(t -> byDate.computeIfAbsent(t.executionDate(), k -> new java.util.ArrayList<>()).add(t));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("Document");
            w.writeDefaultNamespace(NAMESPACE);
            w.writeStartElement("CstmrCdtTrfInitn");
            w.writeStartElement("GrpHdr");
            text(w, "MsgId", messageId);
            text(w, "CreDtTm", MOMENT.format(createdAt));
            text(w, "NbOfTxs", String.valueOf(transfers.size()));
            text(w, "CtrlSum", amount(transfers.stream().mapToLong(Transfer::amountCents).sum()));
            w.writeStartElement("InitgPty");
            text(w, "Nm", debtor.debtorName());
            w.writeEndElement();
            w.writeEndElement();
            int block = 0;
            for (Map.Entry<LocalDate, List<Transfer>> e : byDate.entrySet()) {
                block++;
                w.writeStartElement("PmtInf");
                text(w, "PmtInfId", messageId + "-" + block);
                text(w, "PmtMtd", "TRF");
                text(w, "BtchBookg", "false");
                text(w, "NbOfTxs", String.valueOf(e.getValue().size()));
                text(w, "CtrlSum", amount(e.getValue().stream().mapToLong(Transfer::amountCents).sum()));
                w.writeStartElement("PmtTpInf");
                w.writeStartElement("SvcLvl");
                text(w, "Cd", "SEPA");
                w.writeEndElement();
                w.writeEndElement();
                w.writeStartElement("ReqdExctnDt");
                text(w, "Dt", e.getKey().toString());
                w.writeEndElement();
                w.writeStartElement("Dbtr");
                text(w, "Nm", debtor.debtorName());
                w.writeEndElement();
                account(w, "DbtrAcct", debtor.iban());
                w.writeStartElement("DbtrAgt");
                w.writeStartElement("FinInstnId");
                text(w, "BICFI", debtor.bic());
                w.writeEndElement();
                w.writeEndElement();
                text(w, "ChrgBr", "SLEV");
                for (Transfer t : e.getValue()) {
                    w.writeStartElement("CdtTrfTxInf");
                    w.writeStartElement("PmtId");
                    text(w, "EndToEndId", t.endToEndId());
                    w.writeEndElement();
                    w.writeStartElement("Amt");
                    w.writeStartElement("InstdAmt");
                    w.writeAttribute("Ccy", "EUR");
                    w.writeCharacters(amount(t.amountCents()));
                    w.writeEndElement();
                    w.writeEndElement();
                    w.writeStartElement("Cdtr");
                    text(w, "Nm", t.creditorName());
                    w.writeEndElement();
                    account(w, "CdtrAcct", t.creditorIban());
                    w.writeStartElement("RmtInf");
                    text(w, "Ustrd", t.remittance());
                    w.writeEndElement();
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("SEPA-bestand kon niet worden geschreven", e);
        }
        return out.toByteArray();
    }

    /** "941.25": a dot, always two decimals (ISO 20022 ActiveOrHistoricCurrencyAndAmount). */
    static String amount(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private static void account(XMLStreamWriter w, String element, String iban) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeStartElement("Id");
        text(w, "IBAN", iban);
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String element, String value) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    static String utf8(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }
}
