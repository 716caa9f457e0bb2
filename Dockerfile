# Build: docker build -t app-registry .   (docker compose up --build does it for you)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -B -ntp -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --uid 10001 registry
COPY --from=build /src/target/app-registry-*.jar app.jar
USER registry
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
