package nl.regie.attachment;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog;
import nl.regie.audit.AccessLog.AccessAction;
import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierQueries;
import nl.regie.identity.RegieUser;
import nl.regie.identity.Users;

/**
 * Reading a dossier's attachments. The dossier is read through {@link DossierQueries#get} (tenant rule: another
 * municipality's dossier is a 404; policy officer 403; logged); medical attachments are left out for everyone but
 * the dossier's consultant and team leads; every download is logged as well.
 */
@Service
@Transactional(readOnly = true)
public class Attachments {

    private final AttachmentStore store;
    private final DossierQueries dossiers;
    private final AccessLog accessLog;
    private final Clock clock;
    private final Duration withdrawWindow;
    private final Users users;

    Attachments(AttachmentStore store, DossierQueries dossiers, AccessLog accessLog, Clock clock, Users users,
                @Value("${regie.attachments.withdraw-minutes:10}") long withdrawMinutes) {
        this.store = store;
        this.users = users;
        this.dossiers = dossiers;
        this.accessLog = accessLog;
        this.clock = clock;
        this.withdrawWindow = Duration.ofMinutes(withdrawMinutes);
    }

    /**
     * The attachments this user may see, newest first.
     *
     * @param seesSpecial whether medical attachments are included for this user
     * @param withdrawable ids of attachments this user added within the withdrawal window
     */
    public record Overview(Dossier dossier, List<Attachment> attachments, boolean seesSpecial, Set<Long> withdrawable,
                           Map<String, String> displayNames) {

        /** The name of whoever added an attachment, as shown in the list. */
        public String nameOf(String username) {
            return displayNames.getOrDefault(username, username);
        }
    }

    public Overview overview(RegieUser user, UUID dossierId) {
        Dossier d = dossiers.get(user, dossierId, "Bijlagen inzien", Channel.UI);
        List<Attachment> visible = store.list(dossierId).stream().filter(a -> AttachmentRules.visible(user, d, a)).toList();
        var now = clock.instant();
        Set<Long> withdrawable = visible.stream()
                .filter(a -> a.uploadedBy().equals(user.username()) && now.isBefore(a.uploadedAt().plus(withdrawWindow)))
                .map(Attachment::id).collect(Collectors.toSet());
        Map<String, String> names = new HashMap<>();
        visible.stream().map(Attachment::uploadedBy).distinct()
                .forEach(u -> users.find(u).ifPresent(x -> names.put(u, x.displayName())));
        return new Overview(d, visible, d.specialCategoriesVisibleTo(user), withdrawable, names);
    }

    /** The content of one attachment, as uploaded; the download itself is written to the access log. */
    public AttachmentFile download(RegieUser user, UUID dossierId, long attachmentId) {
        Dossier d = dossiers.get(user, dossierId, "Bijlage downloaden", Channel.UI);
        Attachment a = store.find(dossierId, attachmentId).filter(x -> AttachmentRules.visible(user, d, x))
                .orElseThrow(AttachmentRules::notFound);
        byte[] content = store.content(a.id()).orElseThrow(AttachmentRules::notFound);
        // No description or file name in the log: they may say something about the person (access_log holds none).
        accessLog.record(user, dossierId, AccessAction.DOWNLOAD_ATTACHMENT, "Bijlage " + a.id() + " downloaden", Channel.UI);
        return new AttachmentFile(a.fileName(), a.contentType(), content);
    }
}
