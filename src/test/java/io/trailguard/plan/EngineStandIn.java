package io.trailguard.plan;

import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.test.internal.MockMonitor;
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
 * cloud would answer (ids, ARNs, URNs) comes from the SDK's {@link MockMonitor} over the plan's {@link RecordingMocks},
 * so both paths see the same outputs and any difference is in what the program sent.
 */
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
    private final MockMonitor monitor = new MockMonitor(mocks, new com.pulumi.Log(com.pulumi.deployment.internal.EngineLogger.ignore()));
    private volatile String root = "";
    private final Server server;

    EngineStandIn() throws IOException {
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
            boolean has = List.of("secrets", "resourceReferences", "outputValues", "deletedWith", "aliasSpecs").contains(req.getId());
            out.onNext(Resource.SupportsFeatureResponse.newBuilder().setHasSupport(has).build());
            out.onCompleted();
        }

        @Override
        public void registerResource(Resource.RegisterResourceRequest req, StreamObserver<Resource.RegisterResourceResponse> out) {
            registrations.add(req);
            answer(monitor.registerResourceAsync(null, req).thenApply(r -> {
                byUrn.put(r.getUrn(), req);
                return r;
            }), out);
        }

        @Override
        public void registerResourceOutputs(Resource.RegisterResourceOutputsRequest req, StreamObserver<Empty> out) {
            out.onNext(Empty.getDefaultInstance());
            out.onCompleted();
        }

        @Override
        public void invoke(Resource.ResourceInvokeRequest req, StreamObserver<Resource.ResourceInvokeResponse> out) {
            answer(monitor.invokeAsync(req), out);
        }

        @Override
        public void call(Resource.ResourceCallRequest req, StreamObserver<CallResponse> out) {
            answer(monitor.callAsync(req), out);
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
