package uk.collabproc.common.openapi;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.MethodInfo;

import io.smallrye.openapi.api.OperationIdGenerator;

/**
 * The operationId of every operation that does not name its own: the resource's noun, then the method's verb, in
 * lower camel case, as generated clients use them as method names: {@code OrganisationResource.register} is
 * {@code organisationRegister}, {@code RequirementResource.sendBack} is {@code requirementSendBack}. A method named
 * like its resource is the noun alone ({@code DemandResource.demand} is {@code demand}). Unique because resource
 * classes have unique names and do not overload their resource methods; the services' document checks fail on
 * any duplicate. Set with {@code quarkus.smallrye-openapi.operation-id-strategy}.
 */
public class ResourceOperationIds implements OperationIdGenerator {

    private static final String RESOURCE = "Resource";

    @Override
    public String generateOperationId(ClassInfo resourceClass, MethodInfo method) {
        return operationId(resourceClass.simpleName(), method.name());
    }

    static String operationId(String className, String methodName) {
        String simpleName = className.substring(className.lastIndexOf('$') + 1);
        String noun = simpleName.endsWith(RESOURCE) && simpleName.length() > RESOURCE.length()
                ? simpleName.substring(0, simpleName.length() - RESOURCE.length())
                : simpleName;
        if (noun.equalsIgnoreCase(methodName)) {
            return lowerFirst(methodName);
        }
        return lowerFirst(noun) + Character.toUpperCase(methodName.charAt(0)) + methodName.substring(1);
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
