package uk.collabproc.procurement.notice;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published notice: what it is and the OCDS release that carries it. */
@Schema(name = "Notice")
public record NoticeView(
        UUID id,
        UUID procurementId,
        NoticeType noticeType,
        @Schema(description = "Its code in the UK notice profile", example = "UK4") String code,
        @Schema(example = "Tender notice") String title,
        @Schema(description = "When it was published; a contract award notice is published on the award's decision day") Instant publishedAt,
        NoticeRelease release) {

    static NoticeView of(Notice notice) {
        return new NoticeView(notice.id, notice.procurementId, notice.noticeType, notice.noticeType.code(), notice.noticeType.title(),
                notice.publishedAt, notice.release);
    }
}
