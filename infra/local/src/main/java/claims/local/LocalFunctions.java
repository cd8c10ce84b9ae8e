package claims.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import com.fasterxml.jackson.jr.ob.JSON;

import claims.template.FunctionSpec;
import claims.template.SamTemplate;

/**
 * Runs the functions template.yaml declares, in this process: the handler class it names, built with the
 * environment variables it declares (their local values from the SAM env file, the endpoints pointed at
 * the local stack), fed event JSON turned into the handler's event type by the Lambda Java runtime's own
 * serialization, with its response turned back into JSON the same way.
 */
final class LocalFunctions {

    static final String REGION = "us-east-1";

    private final SamTemplate template;
    private final Map<String, Map<String, String>> envFile;
    private final Endpoints endpoints;
    private final Map<String, Object> handlers = new ConcurrentHashMap<>();

    /** Where a function finds the local stack's services. */
    record Endpoints(String dynamoDb, String s3) {
    }

    LocalFunctions(SamTemplate template, Map<String, Map<String, String>> envFile, Endpoints endpoints) {
        // The functions use the SDK's default credentials, whose first source is these system properties.
        // The local services take any credentials; these keep the SDK from looking for (and using) real ones.
        System.setProperty("aws.accessKeyId", "local");
        System.setProperty("aws.secretAccessKey", "local");
        this.template = template;
        this.envFile = envFile;
        this.endpoints = endpoints;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, String>> readEnvFile(Path path) throws IOException {
        Map<String, Object> doc = JSON.std.mapFrom(java.nio.file.Files.readString(path));
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        doc.forEach((function, vars) -> {
            Map<String, String> values = new LinkedHashMap<>();
            ((Map<String, Object>) vars).forEach((k, v) -> values.put(k, String.valueOf(v)));
            out.put(function, values);
        });
        return out;
    }

    SamTemplate template() {
        return template;
    }

    /** The environment a function runs with locally. */
    Map<String, String> environment(FunctionSpec spec) {
        Map<String, String> local = envFile.getOrDefault(spec.logicalId(), Map.of());
        Map<String, String> env = new LinkedHashMap<>();
        spec.variables().forEach((name, declared) -> {
            String value = switch (name) {
                case "AWS_ENDPOINT_URL_DYNAMODB" -> endpoints.dynamoDb();
                case "AWS_ENDPOINT_URL_S3" -> endpoints.s3();
                default -> local.containsKey(name) ? local.get(name)
                        : declared instanceof String literal ? literal : null;
            };
            if (value == null) {
                throw new IllegalStateException(spec.logicalId() + " needs a local value for " + name
                        + ": add it to infra/env/sam-local.json");
            }
            env.put(name, value);
        });
        // set by the Lambda runtime, not the template
        env.put("AWS_REGION", REGION);
        return env;
    }

    /** Invokes a function with an event, returning its response as JSON. */
    String invoke(String logicalId, String eventJson, Consumer<String> log) {
        FunctionSpec spec = template.function(logicalId);
        Object handler = handlers.computeIfAbsent(logicalId, id -> create(spec));
        Method method = handlerMethod(handler.getClass(), spec);
        Object event = serializer(method.getParameterTypes()[0]).fromJson(eventJson);
        Object response;
        try {
            response = method.invoke(handler, event, new LocalContext(logicalId, log));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return toJson(response);
    }

    private Object create(FunctionSpec spec) {
        try {
            Class<?> type = Class.forName(spec.handlerClass());
            return type.getConstructor(Map.class).newInstance(environment(spec));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(spec.logicalId() + " failed to start: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(spec.logicalId() + ": can't build " + spec.handlerClass()
                    + " with its environment: " + e, e);
        }
    }

    static Method handlerMethod(Class<?> type, FunctionSpec spec) {
        List<Method> candidates = java.util.Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(spec.handlerMethod()) && m.getParameterCount() == 2
                        && m.getParameterTypes()[1] == Context.class && !m.isBridge())
                .toList();
        if (candidates.size() != 1) {
            throw new IllegalStateException(spec.handler() + ": expected one method " + spec.handlerMethod()
                    + "(Event, Context), found " + candidates.size());
        }
        return candidates.get(0);
    }

    /** As the Lambda Java runtime picks it: its event serializers for the events it knows, else plain Jackson. */
    private static <T> PojoSerializer<T> serializer(Class<T> type) {
        if (LambdaEventSerializers.isLambdaSupportedEvent(type.getName())) {
            return LambdaEventSerializers.serializerFor(type, LocalFunctions.class.getClassLoader());
        }
        return JacksonFactory.getInstance().getSerializer(type);
    }

    @SuppressWarnings("unchecked")
    private static String toJson(Object response) {
        try {
            if (response == null || response instanceof String) {
                return JSON.std.asString(response);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ((PojoSerializer<Object>) serializer(response.getClass())).toJson(response, out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
