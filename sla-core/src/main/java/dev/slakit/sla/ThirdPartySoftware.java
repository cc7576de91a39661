package dev.slakit.sla;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The third-party software of the appendix (附录1 第三方软件问题与说明): for each, an example of a question in scope
 * and one out of scope. Alibaba Cloud gives best-effort advice on installation, configuration and troubleshooting on
 * ECS; it does not install, debug or update the software.
 *
 * <p>The examples come from the appendix of the support-plan section; the copy in the express-ticket section is
 * garbled for VNCServer and FTP (its out-of-scope cells repeat in-scope text), so the clean copy is used.
 */
public enum ThirdPartySoftware {
    /** OpenVPN. */
    OPENVPN("OpenVPN", "安装OpenVPN后无法代理上网的问题排查", "多个OpenVPN互联"),
    /** VNCServer. */
    VNC_SERVER("VNCServer", "安装失败的问题解决", "VNCServer如何支持多用户同时登录", "VNC Server", "VNC"),
    /** SSH. */
    SSH("SSH", "SSH服务器无法启动", "SSH传输文件速度优化"),
    /** SFTP. */
    SFTP("SFTP", "SFTP无法启动", "SFTP如何限速"),
    /** FTP. */
    FTP("FTP", "FTP使用系统账号登录的配置方法", "FTP如何使用MySQL来管理账号"),
    /** Windows 路由与远程访问 (Routing and Remote Access). */
    WINDOWS_ROUTING_AND_REMOTE_ACCESS("Windows路由与远程访问", "启动服务后无法访问互联网", "更换VPN的证书服务",
            "Windows 路由与远程访问", "Windows Routing and Remote Access", "RRAS"),
    /** Apache. */
    APACHE("Apache", "Apache的日志轮询配置", "Apache的优化配置", "Apache HTTP Server", "httpd"),
    /** IIS. */
    IIS("IIS", "IIS启动后访问403错误", "IIS如何编写伪静态规则"),
    /** Nginx. */
    NGINX("Nginx", "Nginx域名绑定配置方法", "Nginx插件调试方法"),
    /** MySQL与Microsoft SQL Server. */
    MYSQL_AND_SQL_SERVER("MySQL与Microsoft SQL Server", "MySQL监听内网端口修改", "MySQL的SQL语句优化",
            "MySQL", "SQL Server", "Microsoft SQL Server", "MSSQL"),
    /** Linux IPTables与Windows Firewall. */
    IPTABLES_AND_WINDOWS_FIREWALL("Linux IPTables与Windows Firewall", "IPTables基本策略语法介绍",
            "基于IPTables打造自动化检测防御工具", "iptables", "Linux iptables", "Windows Firewall");

    private final String displayName;
    private final String inScopeExample;
    private final String outOfScopeExample;
    private final String[] aliases;

    ThirdPartySoftware(String displayName, String inScopeExample, String outOfScopeExample, String... aliases) {
        this.displayName = displayName;
        this.inScopeExample = inScopeExample;
        this.outOfScopeExample = outOfScopeExample;
        this.aliases = aliases;
    }

    /** @return the name as the appendix writes it, such as "MySQL与Microsoft SQL Server" */
    public String displayName() {
        return displayName;
    }

    /** @return the appendix's example of a question in scope (服务范围：示例) */
    public String inScopeExample() {
        return inScopeExample;
    }

    /** @return the appendix's example of a question out of scope (非服务范围：示例) */
    public String outOfScopeExample() {
        return outOfScopeExample;
    }

    /**
     * Finds software by name, ignoring case and all blanks: the display name, the constant name, the document's
     * other spellings (the express-ticket appendix writes "MySQL与MicrosoftSQL Server", "LinuxIptables与WindowsFirewall",
     * "Windows 路由与远程访问"), or a common alias (such as "mysql", "SQL Server", "iptables", "Windows Firewall").
     *
     * @param name the name, not null
     * @return the software, or empty if the appendix does not list it (then it is out of scope)
     */
    public static Optional<ThirdPartySoftware> lookup(String name) {
        Objects.requireNonNull(name, "name");
        String key = normalize(name);
        for (ThirdPartySoftware s : values()) {
            if (normalize(s.displayName).equals(key) || normalize(s.name()).equals(key)) {
                return Optional.of(s);
            }
            for (String alias : s.aliases) {
                if (normalize(alias).equals(key)) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /** Lower case without any whitespace (so "MicrosoftSQL Server" matches "Microsoft SQL Server"). */
    private static String normalize(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
