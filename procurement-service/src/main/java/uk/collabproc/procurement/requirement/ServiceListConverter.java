package uk.collabproc.procurement.requirement;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a requirement's clinical services as one comma-separated column, in the order given. */
@Converter
public class ServiceListConverter implements AttributeConverter<List<ClinicalService>, String> {

    @Override
    public String convertToDatabaseColumn(List<ClinicalService> services) {
        return services == null ? "" : services.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public List<ClinicalService> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(ClinicalService::valueOf).toList();
    }
}
