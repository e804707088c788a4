package uk.collabproc.contract.procurement;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A procurement as contract-service reads it from procurement-service: the regime decides the standstill,
 * the term the contract's end. Only these fields are read (tolerant reader).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProcurementSummary(UUID id, String title, String reference, String regime, int contractTermMonths, String status,
        String leadOrganisation, List<String> coLeads) {
}
