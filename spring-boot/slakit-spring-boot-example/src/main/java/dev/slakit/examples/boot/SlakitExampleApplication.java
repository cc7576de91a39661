package dev.slakit.examples.boot;

import dev.slakit.spring.boot.test.SlakitFakeStatusServerInitializer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot service using the slakit starter. {@code main} runs it offline: an embedded fake Status API
 * server stands in for {@code status.aliyuncs.com} (drop the initializer and set {@code slakit.status.*} to
 * use the real service). Try {@code GET /incidents}, {@code GET /tickets}, {@code /actuator/health} and
 * {@code /actuator/metrics/slakit.status.calls}.
 */
@SpringBootApplication
public class SlakitExampleApplication {

    /**
     * @param args Spring Boot arguments, such as {@code --server.port=8081}
     */
    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(SlakitExampleApplication.class);
        app.addInitializers(new SlakitFakeStatusServerInitializer());
        app.run(args);
    }
}
