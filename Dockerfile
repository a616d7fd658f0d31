# syntax=docker/dockerfile:1
#
# One image recipe for every LfPL Network application. Pick the application with APP:
#
#   docker build --build-arg APP=registration-service -t lfpl/registration-service:0.1.0 .
#
# APP is a Maven module folder, its artifactId and its boot jar's name (<app>/target/<app>.jar):
# gateway, registration-service, dialogue-service, artefact-service or notification-service.
# docker-compose.yml builds all five from this file.
#
# Needs BuildKit (the default builder of Docker Engine 23+ and of Docker Desktop) for the cache mount.

ARG JDK_IMAGE=eclipse-temurin:25.0.3_9-jdk-noble
ARG JRE_IMAGE=eclipse-temurin:25.0.3_9-jre-noble
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

# ---------------------------------------------------------------------------------------------
# portal: the web portal's production bundle (npm, Vite), which the gateway serves
# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS portal
WORKDIR /portal
COPY portal/package.json portal/package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY portal/ ./
RUN npm run build

# ---------------------------------------------------------------------------------------------
# build: compile the application and the modules it depends on, then split its boot jar into layers
# ---------------------------------------------------------------------------------------------
FROM ${JDK_IMAGE} AS build
ARG APP
WORKDIR /workspace

# The whole reactor is copied (Maven reads every <module> even with -pl), minus what .dockerignore
# keeps out: build output, local state, IDE files and deployment files that the build never reads.
COPY . .

# The portal bundle comes from the portal stage (this stage has no Node); the Maven build is told
# not to run npm.
COPY --from=portal /portal/dist/ portal/dist/

# /root/.m2 is a BuildKit cache mount: Maven (which ./mvnw fetches into ~/.m2/wrapper on first use,
# with Java when the image has no curl or wget) and the dependencies are downloaded once and kept
# between builds, but never end up in an image layer. sharing=locked: the five applications'
# builds take turns with the one local repository instead of writing to it at once.
# -DskipTests: the tests run in CI (./lfpl test, .ci/run), not in every image build.
# The last step makes all four layer folders exist (an empty layer may not be written), so that the
# COPYs of the runtime stage never fail.
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    set -eu; \
    case "${APP:-}" in \
      gateway|registration-service|dialogue-service|artefact-service|notification-service) ;; \
      *) echo "Set --build-arg APP=<gateway|registration-service|dialogue-service|artefact-service|notification-service> (got '${APP:-}')" >&2; exit 1 ;; \
    esac; \
    ./mvnw -B -q -pl "$APP" -am package -DskipTests -Dlfpl.portal.npm.skip=true; \
    java -Djarmode=tools -jar "$APP/target/$APP.jar" extract --layers --launcher --destination /layers; \
    mkdir -p /layers/dependencies /layers/spring-boot-loader /layers/snapshot-dependencies /layers/application

# ---------------------------------------------------------------------------------------------
# runtime: a JRE, the exploded application and nothing else
# ---------------------------------------------------------------------------------------------
FROM ${JRE_IMAGE}
ARG JRE_IMAGE
ARG APP
ARG VERSION=0.1.0
ARG REVISION=unknown

LABEL org.opencontainers.image.title="lfpl-${APP}" \
      org.opencontainers.image.description="LfPL Network ${APP} (Spring Boot)" \
      org.opencontainers.image.vendor="LfPL Network" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.base.name="${JRE_IMAGE}"

# A fixed, non-root uid/gid, numeric so that Kubernetes' runAsNonRoot can check it. Its home is
# /tmp, the one writable path when the root filesystem is read-only (Kubernetes mounts an emptyDir
# there; docker-compose.yml a tmpfs), so caches that libraries keep under ~ (fontconfig, PDFBox's
# font cache, java.util.prefs) land somewhere writable instead of failing.
RUN groupadd --gid 10001 lfpl \
 && useradd --no-log-init --uid 10001 --gid 10001 --home-dir /tmp --no-create-home --shell /usr/sbin/nologin lfpl

WORKDIR /app

# Least to most often changed, one image layer each: a code change rebuilds and ships only the last
# layer; the tens of MB of third-party jars stay cached (on the build host and on every node that
# pulled an earlier version). The files stay owned by root, so the application cannot alter itself.
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./

USER 10001:10001

# Container-aware JVM sizing: no -Xmx, the heap follows the container's memory limit (75 % of it,
# starting at 25 %), the rest is left for metaspace, code cache, thread stacks and direct buffers.
#  -XX:+ExitOnOutOfMemoryError  a JVM out of heap exits and the orchestrator restarts it, rather than
#                               limping on half-broken.
#  -XX:+UseSerialGC             with 2 CPUs or fewer (what these services get: a 2-core host, or a
#                               CPU limit of 1-2) and heaps of a few hundred MB, G1's concurrent
#                               marking and refinement threads compete with the request threads for
#                               the same cores, and its remembered sets cost ~10 % more native
#                               memory; the serial collector has no background threads, the smallest
#                               footprint, and young pauses of milliseconds on heaps this size.
#                               The JVM picks it by itself with 1 CPU or under 1792 MB of memory;
#                               saying so keeps the choice the same whatever limits a deployment sets.
#                               The gateway is the exception: its deployments switch to G1
#                               (JDK_JAVA_OPTIONS in docker-compose.yml and k8s/base/gateway.yaml),
#                               since with many requests in flight the serial collector's full
#                               collections took over a second.
#  -Xss512k                     half the default stack for platform threads (requests run on virtual
#                               threads, whose stacks live on the heap).
# JAVA_TOOL_OPTIONS is read by every JVM in the container, including jcmd run with docker exec.
# To add or override a flag for one deployment, set JDK_JAVA_OPTIONS: it is read after these.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=25 -XX:+ExitOnOutOfMemoryError -XX:+UseSerialGC -Xss512k"

# Ports: see docker-compose.yml (PORT and MANAGEMENT_PORT; gateway 8080/9080, the services 808x/908x).
# The health probes (/actuator/health/liveness, /readiness) and /actuator/prometheus are on the
# management port. No HEALTHCHECK here: docker-compose.yml and Kubernetes define their own probes.

# The launcher runs the exploded application from /app (the working directory) with the classpath
# order the boot jar had. Exec form: java is PID 1 and receives SIGTERM for a graceful shutdown.
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
