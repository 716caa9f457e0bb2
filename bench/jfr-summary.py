#!/usr/bin/env python3
"""Where the CPU of a profiled run went: Java Flight Recorder's execution samples of the
application, by thread, by component (the first frame from the top that belongs to a known
library or to the application) and inclusive (samples with any frame of a component on the stack).
Usage: bench/jfr-summary.py recording.jfr"""
import collections
import re
import subprocess
import sys

# each frame from the top of the stack down is checked against these in order; the first hit names
# the component (JDK frames such as HashMap belong to whoever called them)
COMPONENTS = [
    ("JDBC driver (org.postgresql)", r"^org\.postgresql\."),
    ("connection pool (Hikari)", r"^com\.zaxxer\.hikari\."),
    ("MyBatis (engine SQL mapping)", r"^org\.apache\.ibatis\."),
    ("Hibernate / JPA", r"^org\.hibernate\.|^jakarta\.persistence\."),
    ("Camunda history", r"^org\.camunda\.bpm\.engine\.impl\.history\."),
    ("Camunda variables / Spin / serialization", r"^org\.camunda\.bpm\.engine\.impl\.(variable|persistence\.entity\.util)|^org\.camunda\.spin\.|^org\.camunda\.bpm\.engine\.variable\."),
    ("Camunda identity / authorization", r"^org\.camunda\.bpm\.engine\.impl\.(identity|cmd\.(CheckPassword|.*Authoriz))|^org\.camunda\.bpm\.engine\.impl\.persistence\.entity\.Authorization"),
    ("Camunda REST (Jersey/RESTEasy)", r"^org\.camunda\.bpm\.engine\.rest\.|^org\.glassfish\.jersey\.|^org\.jboss\.resteasy\."),
    ("Camunda engine (other)", r"^org\.camunda\."),
    ("Spring Security", r"^org\.springframework\.security\."),
    ("Jackson", r"^com\.fasterxml\.jackson\."),
    ("Micrometer / observation", r"^io\.micrometer\."),
    ("Spring transactions / AOP / data", r"^org\.springframework\.(transaction|aop|data|orm|jdbc)\."),
    ("Spring web / MVC", r"^org\.springframework\.web\."),
    ("Spring (other)", r"^org\.springframework\."),
    ("Tomcat", r"^org\.apache\.(catalina|coyote|tomcat)\."),
    ("JDK HTTP client", r"^jdk\.internal\.net\.http\.|^java\.net\.http\."),
    ("crypto / hashing", r"^(sun\.security|java\.security|javax\.crypto|com\.sun\.crypto|org\.bouncycastle)\."),
    ("logging", r"^(ch\.qos\.logback|org\.slf4j|org\.apache\.logging)\."),
    ("the application (org.appregistry)", r"^org\.appregistry\."),
    ("JDK / other", r"."),
]
INCLUSIVE = [
    ("inside a JDBC call", r"^org\.postgresql\."),
    ("inside Camunda history writing", r"^org\.camunda\.bpm\.engine\.impl\.history\."),
    ("inside the Spring Security filter chain", r"^org\.springframework\.security\.web\.FilterChainProxy"),
    ("inside password / identity checks", r"CheckPassword|IdentityAuthenticationProvider|AccessPolicy\.user"),
    ("inside the engine's REST resources", r"^org\.camunda\.bpm\.engine\.rest\."),
    ("inside a job execution", r"ExecuteJobsRunnable"),
    ("inside the push's HTTP client", r"RegistryClient"),
    ("inside Micrometer observation", r"^io\.micrometer\.observation\."),
]


def samples(path):
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "300", path],
                          capture_output=True, text=True, check=True).stdout
    for block in text.split("jdk.ExecutionSample {")[1:]:
        thread = re.search(r'sampledThread = "([^"]*)"', block)
        frames = re.findall(r"^\s+([\w$.<>/]+)\(", block, re.M)
        yield (thread.group(1) if thread else "?"), frames


def component(frames):
    for frame in frames:
        for name, pattern in COMPONENTS[:-1]:
            if re.search(pattern, frame):
                return name
    return COMPONENTS[-1][0]


def thread_group(name):
    return re.sub(r"[-_ ]?\d+$", "", name)


def main(path):
    total = 0
    threads, components, inclusive, methods = (collections.Counter() for _ in range(4))
    for thread, frames in samples(path):
        total += 1
        threads[thread_group(thread)] += 1
        methods[frames[0] if frames else "?"] += 1
        components[component(frames)] += 1
        for name, pattern in INCLUSIVE:
            if any(re.search(pattern, f) for f in frames):
                inclusive[name] += 1
    if total == 0:
        print("No execution samples in " + path)
        return
    share = lambda n: "%.0f %%" % (100.0 * n / total)
    print("\nJava Flight Recorder, %d execution samples of the application (one profiled download run):\n" % total)
    print("| threads | share |\n|---|---|")
    for name, n in threads.most_common(6):
        print("| %s | %s |" % (name, share(n)))
    print("\n| component (first known frame from the top) | share |\n|---|---|")
    for name, n in components.most_common():
        print("| %s | %s |" % (name, share(n)))
    print("\n| on the stack | share |\n|---|---|")
    for name, n in inclusive.most_common():
        print("| %s | %s |" % (name, share(n)))
    print("\n| hottest methods (top frame) | share |\n|---|---|")
    for name, n in methods.most_common(12):
        print("| `%s` | %s |" % (name, share(n)))


if __name__ == "__main__":
    main(sys.argv[1])
