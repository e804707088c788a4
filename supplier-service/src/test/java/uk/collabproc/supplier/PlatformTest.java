package uk.collabproc.supplier;

import io.quarkus.test.junit.QuarkusTest;

import uk.collabproc.testsupport.PlatformChecks;

@QuarkusTest
class PlatformTest extends PlatformChecks {

    @Override
    protected String expectedTitle() {
        return "Supplier service";
    }
}
