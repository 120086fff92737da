package com.videopipeline.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.videopipeline.Manifests;
import com.videopipeline.PipelineTestSupport;
import com.videopipeline.TestSecrets;
import com.videopipeline.VideoPipelineApplication;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.util.TestSocketUtils;

/**
 * The two brokers the pipeline can use. The embedded one keeps what it was sent in its journal under data/: a
 * message another process sends while nothing consumes survives a restart. An external one is reached by URL with
 * the login from configuration, and then nothing is embedded.
 */
class QueueBrokerEndToEndTest {

    private static final String MESSAGE = "{\"name\": \"%s\", \"requests\": "
            + "[{\"id\": \"moon\", \"prompt\": \"a moon over roofs\", \"seconds\": 4}]}";

    @TempDir
    Path root;

    private ConfigurableApplicationContext app;
    private EmbeddedActiveMQ externalBroker;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (externalBroker != null) {
            externalBroker.stop();
        }
    }

    @Test
    void shouldKeepAMessageSentWhileNothingConsumedAcrossARestart() {
        String url = "tcp://127.0.0.1:" + TestSocketUtils.findAvailableTcpPort();
        app = start(Map.of("spring.artemis.embedded.persistent", "true", "pipeline.queue.enabled", "false",
                "pipeline.queue.embedded-acceptor", url));
        send(new ActiveMQConnectionFactory(url), "overnight");
        app.close();

        app = start(Map.of("spring.artemis.embedded.persistent", "true"));

        JsonNode manifest = Manifests.await(root, "overnight-", Duration.ofSeconds(30));
        assertThat(manifest.at("/counts/delivered").asInt()).isEqualTo(1);
    }

    @Test
    void shouldTakeRequestsFromAnExternalBrokerWithTheConfiguredLogin() throws Exception {
        String url = "tcp://127.0.0.1:" + TestSocketUtils.findAvailableTcpPort();
        externalBroker = startBrokerWithLogin(url, "pipeline", TestSecrets.BROKER_PASSWORD);
        app = start(Map.of("spring.artemis.mode", "native", "spring.artemis.embedded.enabled", "false",
                "spring.artemis.broker-url", url, "spring.artemis.user", "pipeline",
                "spring.artemis.password", TestSecrets.BROKER_PASSWORD));

        send(new ActiveMQConnectionFactory(url, "pipeline", TestSecrets.BROKER_PASSWORD), "from-afar");

        JsonNode manifest = Manifests.await(root, "from-afar-", Duration.ofSeconds(30));
        assertThat(manifest.at("/counts/delivered").asInt()).isEqualTo(1);
        assertThat(root.resolve("data/artemis")).as("nothing embedded").doesNotExist();
    }

    private static void send(ActiveMQConnectionFactory otherProcess, String batchName) {
        new JmsTemplate(otherProcess).send(QueueClient.REQUESTS,
                session -> session.createTextMessage(MESSAGE.formatted(batchName)));
        otherProcess.close();
    }

    /** A broker of another process, as a company runs it: on the network, with logins. */
    private static EmbeddedActiveMQ startBrokerWithLogin(String url, String user, String password)
            throws Exception {
        SecurityConfiguration users = new SecurityConfiguration();
        users.addUser(user, password);
        users.addRole(user, "app");
        Configuration config = new ConfigurationImpl().setPersistenceEnabled(false).setSecurityEnabled(true)
                .addAcceptorConfiguration("tcp", url);
        // everything but management: send, consume, and create the queues and addresses it needs
        config.putSecurityRoles("#", Set.of(new Role("app", true, true, true, true, true, true, false, true, true,
                true)));
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(config)
                .setSecurityManager(new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), users));
        broker.start();
        return broker;
    }

    private ConfigurableApplicationContext start(Map<String, Object> overrides) {
        Map<String, Object> props = PipelineTestSupport.properties(root, TestSocketUtils.findAvailableTcpPort());
        props.putAll(overrides);
        // command-line arguments, because builder properties are defaults that config/application.yml overrides
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(VideoPipelineApplication.class).run(args);
    }
}
