package uk.collabproc.contract.benefits;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every measure's figures on a contract; a member's only hold its own organisation. */
@Schema(name = "BenefitFigures")
public record BenefitFiguresView(UUID contractId, List<MeasureFigures.MeasureFigure> measures) {
}
