package io.trailguard.plan;

import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import pulumirpc.EngineGrpc;
import pulumirpc.EngineOuterClass.GetRootResourceRequest;
import pulumirpc.EngineOuterClass.GetRootResourceResponse;
import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.EngineOuterClass.SetRootResourceRequest;
import pulumirpc.EngineOuterClass.SetRootResourceResponse;
import pulumirpc.Provider.CallResponse;
import pulumirpc.Resource;
import pulumirpc.ResourceMonitorGrpc;

/**
 * An in-process stand-in for the Pulumi engine: the ResourceMonitor and Engine gRPC services of the SDK's own
 * {@code pulumirpc} stubs (com.pulumi:pulumi 1.36.1), served on a local port that a program started as the language host
 * starts it connects to ({@code PULUMI_MONITOR}, {@code PULUMI_ENGINE}). Every request is recorded as received; what the
 * cloud would answer (ids, ARNs) comes from the plan's {@link RecordingMocks}, so both paths see the same outputs and any
 * difference is in what the program sent. URNs are built as the engine builds them: {@code urn:pulumi:<stack>::<project>::
 * <qualified type>::<name>}, the qualified type being the parent's qualified type, {@code $}, the type, where the root
 * stack's own type is left out (unverified against the engine's source here; the SDK's mock harness keeps it).
 */
@SuppressWarnings("unchecked")
final class EngineStandIn implements AutoCloseable {

    /** The secret signature of Pulumi's wire format (sdk/go/common/resource/sig: Secret). */
    static final String SIG_KEY = "4dabf18193072939515e22adb298388d";
    static final String SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
    /** An output value (sig OutputValue) carries its secretness in a {@code secret} field. */
    static final String OUTPUT_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";

    final RecordingMocks mocks = new RecordingMocks();
    final List<Resource.RegisterResourceRequest> registrations = Collections.synchronizedList(new ArrayList<>());
    final List<LogRequest> logs = Collections.synchronizedList(new ArrayList<>());
    final List<String> features = Collections.synchronizedList(new ArrayList<>());
    /** Each registration by the URN the engine answered with. */
    final Map<String, Resource.RegisterResourceRequest> byUrn = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile String root = "";
    private final Server server;

    private final String stack;
    private final String project;
    /** Qualified type (parent types joined by $) of each registered URN. */
    private final Map<String, String> qualifiedTypes = new java.util.concurrent.ConcurrentHashMap<>();

    EngineStandIn(String project, String stack) throws IOException {
        this.project = project;
        this.stack = stack;
        server = ServerBuilder.forPort(0).addService(new Monitor()).addService(new Engine()).build().start();
    }

    String address() {
        return "127.0.0.1:" + server.getPort();
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
    }

    private static <T> void answer(CompletableFuture<T> f, StreamObserver<T> out) {
        f.whenComplete((v, e) -> {
            if (e != null) {
                out.onError(io.grpc.Status.INTERNAL.withDescription(String.valueOf(e)).asRuntimeException());
            } else {
                out.onNext(v);
                out.onCompleted();
            }
        });
    }

    private final class Monitor extends ResourceMonitorGrpc.ResourceMonitorImplBase {
        @Override
        public void supportsFeature(Resource.SupportsFeatureRequest req, StreamObserver<Resource.SupportsFeatureResponse> out) {
            features.add(req.getId());
            // The features the current engine has; the SDK shapes its requests by them (secrets travel signed).
            boolean has = List.of("secrets", "outputValues", "deletedWith", "aliasSpecs").contains(req.getId());
            out.onNext(Resource.SupportsFeatureResponse.newBuilder().setHasSupport(has).build());
            out.onCompleted();
        }

        @Override
        public void registerResource(Resource.RegisterResourceRequest req, StreamObserver<Resource.RegisterResourceResponse> out) {
            registrations.add(req);
            String parentType = req.getParent().isEmpty() ? "" : qualifiedTypes.getOrDefault(req.getParent(), "");
            String qualified = parentType.isEmpty() || parentType.equals("pulumi:pulumi:Stack") ? req.getType() : parentType + "$" + req.getType();
            String urn = "urn:pulumi:" + stack + "::" + project + "::" + qualified + "::" + req.getName();
            qualifiedTypes.put(urn, qualified);
            byUrn.put(urn, req);
            Map<String, Object> inputs = (Map<String, Object>) plain(Value.newBuilder().setStructValue(req.getObject()).build());
            answer(mocks.newResourceAsync(new com.pulumi.test.Mocks.ResourceArgs(req.getType(), req.getName(), inputs, req.getProvider(), null))
                    .thenApply(result -> {
                        Resource.RegisterResourceResponse.Builder b = Resource.RegisterResourceResponse.newBuilder().setUrn(urn);
                        result.id.ifPresent(b::setId);
                        if (result.state instanceof Map<?, ?> m) {
                            b.setObject(value(m).getStructValue());
                        }
                        return b.build();
                    }), out);
        }

        @Override
        public void registerResourceOutputs(Resource.RegisterResourceOutputsRequest req, StreamObserver<Empty> out) {
            out.onNext(Empty.getDefaultInstance());
            out.onCompleted();
        }

        @Override
        public void invoke(Resource.ResourceInvokeRequest req, StreamObserver<Resource.ResourceInvokeResponse> out) {
            out.onNext(Resource.ResourceInvokeResponse.newBuilder().setReturn(Struct.getDefaultInstance()).build());
            out.onCompleted();
        }
    }

    private final class Engine extends EngineGrpc.EngineImplBase {
        @Override
        public void log(LogRequest req, StreamObserver<Empty> out) {
            logs.add(req);
            out.onNext(Empty.getDefaultInstance());
            out.onCompleted();
        }

        @Override
        public void getRootResource(GetRootResourceRequest req, StreamObserver<GetRootResourceResponse> out) {
            out.onNext(GetRootResourceResponse.newBuilder().setUrn(root).build());
            out.onCompleted();
        }

        @Override
        public void setRootResource(SetRootResourceRequest req, StreamObserver<SetRootResourceResponse> out) {
            root = req.getUrn();
            out.onNext(SetRootResourceResponse.getDefaultInstance());
            out.onCompleted();
        }
    }

    /** A wire value as plain Java values, secrets and output values unwrapped to what they hold. */
    static Object plain(Value v) {
        switch (v.getKindCase()) {
            case STRUCT_VALUE: {
                Map<String, Value> f = v.getStructValue().getFieldsMap();
                String sig = f.containsKey(SIG_KEY) ? f.get(SIG_KEY).getStringValue() : "";
                if (sig.equals(SECRET_SIG) || sig.equals(OUTPUT_SIG)) {
                    return f.containsKey("value") ? plain(f.get("value")) : null;
                }
                Map<String, Object> m = new java.util.LinkedHashMap<>();
                f.forEach((k, x) -> m.put(k, plain(x)));
                return m;
            }
            case LIST_VALUE: {
                List<Object> l = new ArrayList<>();
                v.getListValue().getValuesList().forEach(x -> l.add(plain(x)));
                return l;
            }
            case STRING_VALUE:
                return v.getStringValue();
            case NUMBER_VALUE:
                return v.getNumberValue();
            case BOOL_VALUE:
                return v.getBoolValue();
            default:
                return null;
        }
    }

    static Value value(Object o) {
        Value.Builder b = Value.newBuilder();
        if (o == null) {
            return b.setNullValue(com.google.protobuf.NullValue.NULL_VALUE).build();
        }
        if (o instanceof String s) {
            return b.setStringValue(s).build();
        }
        if (o instanceof Boolean x) {
            return b.setBoolValue(x).build();
        }
        if (o instanceof Number n) {
            return b.setNumberValue(n.doubleValue()).build();
        }
        if (o instanceof Map<?, ?> m) {
            Struct.Builder sb = Struct.newBuilder();
            m.forEach((k, x) -> sb.putFields(String.valueOf(k), value(x)));
            return b.setStructValue(sb).build();
        }
        if (o instanceof List<?> l) {
            com.google.protobuf.ListValue.Builder lb = com.google.protobuf.ListValue.newBuilder();
            l.forEach(x -> lb.addValues(value(x)));
            return b.setListValue(lb).build();
        }
        return b.setStringValue(String.valueOf(o)).build();
    }

    /** Paths (dotted, [i] for list items) of every secret-signed value in a request's inputs. */
    static List<String> secretPaths(Struct inputs) {
        List<String> out = new ArrayList<>();
        BiConsumer<String, Value>[] walk = new BiConsumer[1];
        walk[0] = (path, v) -> {
            if (v.hasStructValue()) {
                Map<String, Value> f = v.getStructValue().getFieldsMap();
                String sig = f.containsKey(SIG_KEY) ? f.get(SIG_KEY).getStringValue() : "";
                if (sig.equals(SECRET_SIG) || (sig.equals(OUTPUT_SIG) && f.containsKey("secret") && f.get("secret").getBoolValue())) {
                    out.add(path);
                    return;
                }
                f.forEach((k, x) -> walk[0].accept(path.isEmpty() ? k : path + "." + k, x));
            } else if (v.hasListValue()) {
                for (int i = 0; i < v.getListValue().getValuesCount(); i++) {
                    walk[0].accept(path + "[" + i + "]", v.getListValue().getValues(i));
                }
            }
        };
        inputs.getFieldsMap().forEach((k, v) -> walk[0].accept(k, v));
        return out;
    }
}
