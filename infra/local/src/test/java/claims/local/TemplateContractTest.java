package claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

import claims.store.LocalDynamoDb;
import claims.template.FunctionSpec;
import claims.template.SamTemplate;

/** template.yaml and the code agree: handlers, their packages, their variables, the local env file. */
class TemplateContractTest {

    static final Path ROOT = LocalDynamoDb.ROOT;
    /** Variables the Lambda runtime sets itself; the template can't and needn't. */
    static final Set<String> RUNTIME = Set.of("AWS_REGION", "AWS_LAMBDA_INITIALIZATION_TYPE");

    private final SamTemplate template = SamTemplate.load(ROOT.resolve("template.yaml"));
    private final List<FunctionSpec> functions = template.functions();

    TemplateContractTest() throws Exception {
    }

    @Test
    void declaresTheTwoFunctions() {
        assertEquals(List.of("IngestFunction", "LookupFunction"), functions.stream().map(FunctionSpec::logicalId).toList());
    }

    @Test
    void everyHandlerExistsLoadsAndHasTheConstructorsLambdaAndTheLocalStackUse() throws Exception {
        for (FunctionSpec f : functions) {
            Class<?> handler = Class.forName(f.handlerClass());
            assertNotNull(handler.getConstructor(), f.logicalId() + ": Lambda needs a public no-argument constructor");
            assertNotNull(handler.getConstructor(Map.class), f.logicalId() + ": the local stack builds it from a map");
            assertNotNull(LocalFunctions.handlerMethod(handler, f));
        }
    }

    @Test
    void everyDeploymentPackageHoldsItsHandlerAndNoHeavyHttpClient() throws Exception {
        for (FunctionSpec f : functions) {
            Path jar = ROOT.resolve(f.codeUri());
            // built in the package phase: there under `mvn verify`, not under `mvn test`
            assumeTrue(Files.isRegularFile(jar), jar + " is built by `mvn package`");
            try (JarFile file = new JarFile(jar.toFile())) {
                assertNotNull(file.getEntry(f.handlerClass().replace('.', '/') + ".class"), jar + " holds " + f.handler());
                assertNotNull(file.getEntry("software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class"));
                assertTrue(file.stream().noneMatch(e -> e.getName().startsWith("io/netty/")
                        || e.getName().startsWith("org/apache/http/")
                        || e.getName().startsWith("software/amazon/awssdk/http/apache")), jar + " has no Netty or Apache client");
            }
            long mb = Files.size(jar) / 1_000_000;
            assertTrue(mb < 20, jar + " is " + mb + " MB");
        }
    }

    @Test
    void everyVariableTheCodeReadsIsSetByTheTemplateAndNoneIsLeftUnread() throws Exception {
        for (FunctionSpec f : functions) {
            Set<String> read = new LinkedHashSet<>();
            Map<String, String> env = new HashMap<>() {
                @Override
                public String get(Object key) {
                    read.add((String) key);
                    return String.valueOf(key).startsWith("AWS_ENDPOINT_URL") ? "http://127.0.0.1:9"
                            : key.equals("AWS_REGION") ? "us-east-1" : "value";
                }
            };
            Class.forName(f.handlerClass()).getConstructor(Map.class).newInstance(env);
            Set<String> declared = f.variables().keySet();
            for (String name : read) {
                assertTrue(declared.contains(name) || RUNTIME.contains(name),
                        f.logicalId() + " reads " + name + ", which template.yaml doesn't set");
            }
            for (String name : declared) {
                assertTrue(read.contains(name), f.logicalId() + ": template.yaml sets " + name + ", which nothing reads");
            }
        }
    }

    @Test
    void theSamEnvFileOnlyOverridesVariablesTheTemplateDeclares() throws Exception {
        // sam local invoke --env-vars ignores any other: a value there that the template lacks does nothing
        Map<String, Map<String, String>> envFile = LocalFunctions.readEnvFile(ROOT.resolve("infra/env/sam-local.json"));
        for (var entry : envFile.entrySet()) {
            FunctionSpec f = template.function(entry.getKey());
            for (String name : entry.getValue().keySet()) {
                assertTrue(f.variables().containsKey(name), entry.getKey() + ": " + name + " isn't in template.yaml");
            }
            for (var declared : f.variables().entrySet()) {
                assertTrue(declared.getValue() instanceof String || entry.getValue().containsKey(declared.getKey()),
                        entry.getKey() + ": " + declared.getKey() + " needs a local value in the env file");
            }
        }
        assertEquals(Set.copyOf(functions.stream().map(FunctionSpec::logicalId).toList()), envFile.keySet());
    }

    @Test
    void anIngestInvocationEndsBeforeItsLeaseOnTheArticleDoes() {
        int timeout = template.function("IngestFunction").timeout();
        assertTrue(java.time.Duration.ofSeconds(timeout).plusSeconds(30).compareTo(claims.ingest.IngestHandler.LEASE) < 0,
                "a lease of " + claims.ingest.IngestHandler.LEASE + " must outlast the timeout of " + timeout + " s");
    }

    @Test
    void theS3EventsAndRoutesAreTheOnesTheCodeServes() {
        FunctionSpec ingest = template.function("IngestFunction");
        assertEquals(List.of("s3:ObjectCreated:*", "s3:ObjectRemoved:*"), ingest.s3Events());
        FunctionSpec lookup = template.function("LookupFunction");
        assertEquals(List.of("GET /claims", "GET /claims/{id}", "GET /articles/{id}", "GET /articles/{id}/claims",
                "GET /claimants"), lookup.routes().stream().map(r -> r.key()).toList());
        assertFalse(lookup.routes().isEmpty());
    }
}
