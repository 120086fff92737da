package com.videopipeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.security.ConsoleAccessPolicy.Access;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class ConsoleAccessPolicyTest {

    private final ConsoleAccessPolicy policy = new ConsoleAccessPolicy();

    private static ObjectName name(String name) throws Exception {
        return new ObjectName(name);
    }

    @Test
    void shouldLetAViewerReadAndCallOnlyOperationsThatRead() throws Exception {
        ObjectName route = name("org.apache.camel:context=video-pipeline,type=routes,name=\"submit-jobs\"");

        assertThat(policy.mayRead(Access.VIEWER, route, "ExchangesInflight")).isTrue();
        assertThat(policy.mayInvoke(Access.VIEWER, route, "dumpRouteStatsAsXml(boolean,boolean)")).isTrue();
        assertThat(policy.mayInvoke(Access.VIEWER, route, "getRouteId")).isTrue();
        assertThat(policy.mayInvoke(Access.VIEWER, name("java.lang:type=Threading"), "dumpAllThreads")).isTrue();
        assertThat(policy.mayInvoke(Access.VIEWER, route, "stop")).isFalse();
        assertThat(policy.mayInvoke(Access.VIEWER, route, "reset(boolean)")).isFalse();
        assertThat(policy.mayInvoke(Access.VIEWER, route, "remove")).isFalse();
        assertThat(policy.mayInvoke(Access.VIEWER, route, "getaway")).as("get, then not a capital").isFalse();
        assertThat(policy.mayWrite(Access.VIEWER, route)).isFalse();
    }

    @Test
    void shouldLetAnAdminWriteAndCallAnyOperation() throws Exception {
        ObjectName route = name("org.apache.camel:context=video-pipeline,type=routes,name=\"submit-jobs\"");

        assertThat(policy.mayInvoke(Access.ADMIN, route, "stop")).isTrue();
        assertThat(policy.mayWrite(Access.ADMIN, route)).isTrue();
    }

    @Test
    void shouldShowNobodyTheJvmsSystemPropertiesArgumentsOrDiagnosticCommands() throws Exception {
        ObjectName runtime = name("java.lang:type=Runtime");
        ObjectName diagnostics = name("com.sun.management:type=DiagnosticCommand");

        for (Access access : Access.values()) {
            assertThat(policy.mayRead(access, runtime, "SystemProperties")).isFalse();
            assertThat(policy.mayRead(access, runtime, "InputArguments")).isFalse();
            assertThat(policy.mayInvoke(access, diagnostics, "vmSystemProperties")).isFalse();
            assertThat(policy.mayInvoke(access, diagnostics, "vmCommandLine")).isFalse();
        }
        assertThat(policy.isHidden(diagnostics)).isTrue();
        assertThat(policy.mayRead(Access.VIEWER, runtime, "Uptime")).isTrue();
    }

    @Test
    void shouldGiveNothingToSomeoneWithoutAConsoleRole() throws Exception {
        ObjectName memory = name("java.lang:type=Memory");

        assertThat(policy.mayRead(Access.NONE, memory, "HeapMemoryUsage")).isFalse();
        assertThat(policy.mayInvoke(Access.NONE, memory, "getHeapMemoryUsage")).isFalse();
        assertThat(policy.mayWrite(Access.NONE, memory)).isFalse();
    }
}
