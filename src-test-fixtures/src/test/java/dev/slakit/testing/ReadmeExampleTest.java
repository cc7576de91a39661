package dev.slakit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyuncs.CommonRequest;
import com.aliyuncs.CommonResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The example of the README section "Testing your code with slakit", kept compiling and passing. */
@ExtendWith(FakeStatusServerExtension.class)                  // a fresh server per test, closed after it
class ReadmeExampleTest {

    @Test
    void myCodeSeesTheIncident(FakeStatusServer server) throws Exception {
        server.addEvent("cn-hangzhou", "ecs", SampleEvents.alarm().build());   // ongoing since 2020-02-10
        server.enqueueFault(Fault.THROTTLING_USER);                            // the first call is throttled

        DefaultAcsClient client = new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou",
                server.credentials().accessKeyId(), server.credentials().accessKeySecret()));
        CommonRequest request = new CommonRequest();
        request.setSysMethod(MethodType.POST);
        request.setSysDomain(server.hostAndPort());                          // "127.0.0.1:<port>"
        request.setSysProtocol(ProtocolType.HTTP);
        request.setSysVersion("2020-01-17");
        request.setSysAction("ListEvents");
        request.putQueryParameter("RegionId", "cn-hangzhou");
        request.putQueryParameter("ProductId", "ecs");
        request.putQueryParameter("EndDate", "2020-02-15");
        request.putQueryParameter("NumOfDay", "6");

        ClientException throttled = catchThrowableOfType(ClientException.class,
                () -> client.getCommonResponse(request));
        assertThat(throttled.getErrCode()).isEqualTo("Throttling.User");

        CommonResponse response = client.getCommonResponse(request);          // the SDK re-signs: new nonce
        assertThat(response.getData()).contains("\"SartTime\":1581317483000", "华东1（杭州）地域ECS实例网络异常");

        RecordedStatusRequest first = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(first.fault()).contains(Fault.THROTTLING_USER);
        assertThat(server.requestCount()).isEqualTo(2);
    }
}
