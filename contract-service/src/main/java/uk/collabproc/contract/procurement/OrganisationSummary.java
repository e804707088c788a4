package uk.collabproc.contract.procurement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An organisation as contract-service reads it from procurement-service: a case study names it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganisationSummary(String odsCode, String name, String type) {
}
