// A small JIRA SOAP service written for the tests, run by Apache Axis 1.4. It extends the
// skeleton Axis's WSDL2Java generates from JIRA's own WSDL (every other operation answers
// null) and implements a few operations with values that make Axis write what it writes for
// the real JIRA: every bean as a `multiRef` the body points at with `href`, one object
// referenced twice, arrays of beans, arrays of strings, nil values, dates and typed faults.
package peer;

import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import com.atlassian.jira.rpc.exception.RemoteAuthenticationException;
import com.atlassian.jira.rpc.exception.RemoteException;
import com.atlassian.jira.rpc.soap.beans.RemoteComponent;
import com.atlassian.jira.rpc.soap.beans.RemoteCustomFieldValue;
import com.atlassian.jira.rpc.soap.beans.RemoteIssue;
import com.atlassian.jira.rpc.soap.beans.RemoteProject;
import com.atlassian.jira.rpc.soap.beans.RemoteServerInfo;
import com.atlassian.jira.rpc.soap.beans.RemoteTimeInfo;
import com.atlassian.jira.rpc.soap.beans.RemoteVersion;
import com.atlassian.jira.rpc.soap.jirasoapservice_v2.JirasoapserviceV2SoapBindingImpl;

public class JiraPeer extends JirasoapserviceV2SoapBindingImpl {
    static final String USER = "jira-user";
    static final String PASSWORD = "jira-secret";
    static final String TOKEN = "Tk7pQ2";

    static Calendar utc(int year, int month, int day, int hour, int minute, int second) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(year, month - 1, day, hour, minute, second);
        return c;
    }

    static void checkToken(String token) throws RemoteAuthenticationException {
        if (!TOKEN.equals(token)) {
            RemoteAuthenticationException e = new RemoteAuthenticationException();
            e.setFaultString("User not authenticated yet, or session timed out.");
            throw e;
        }
    }

    @Override
    public String login(String user, String password) throws java.rmi.RemoteException {
        if (!USER.equals(user) || !PASSWORD.equals(password)) {
            RemoteAuthenticationException e = new RemoteAuthenticationException();
            e.setFaultString("Invalid username or password.");
            throw e;
        }
        return TOKEN;
    }

    @Override
    public boolean logout(String token) {
        return TOKEN.equals(token);
    }

    @Override
    public RemoteServerInfo getServerInfo(String token) {
        RemoteServerInfo info = new RemoteServerInfo();
        info.setBaseUrl("http://jira.example.org");
        info.setBuildDate(utc(2011, 4, 20, 0, 0, 0));
        info.setBuildNumber("591");
        info.setVersion("4.3.4");
        info.setServerTime(new RemoteTimeInfo("2026-12-03T10:15:30.000+0100", "Europe/Berlin"));
        return info;
    }

    @Override
    public RemoteProject[] getProjectsNoSchemes(String token) throws java.rmi.RemoteException {
        checkToken(token);
        return new RemoteProject[] {project("10000", "DEMO", "Demo project"), project("10001", "PEER", "Peer & <friends>")};
    }

    static RemoteProject project(String id, String key, String name) {
        RemoteProject p = new RemoteProject();
        p.setId(id);
        p.setKey(key);
        p.setName(name);
        p.setLead("jira-user");
        p.setDescription(null);
        p.setUrl("http://jira.example.org/browse/" + key);
        return p;
    }

    @Override
    public RemoteIssue getIssue(String token, String key) throws java.rmi.RemoteException {
        checkToken(token);
        if (!"DEMO-7".equals(key)) {
            RemoteException e = new RemoteException();
            e.setFaultString("Issue Does Not Exist");
            throw e;
        }
        RemoteIssue i = new RemoteIssue();
        i.setId("10070");
        i.setKey(key);
        i.setProject("DEMO");
        i.setType("1");
        i.setStatus("3");
        i.setPriority("2");
        i.setSummary("Axis multiRef decoding");
        i.setDescription("Line one\nline two: <b>&amp;</b>");
        i.setReporter("jira-user");
        i.setAssignee(null);
        i.setCreated(utc(2026, 12, 1, 8, 30, 0));
        i.setUpdated(utc(2026, 12, 2, 17, 45, 5));
        i.setDuedate(null);
        i.setVotes(Long.valueOf(3));
        RemoteComponent core = new RemoteComponent();
        core.setId("10010");
        core.setName("Core");
        RemoteComponent soap = new RemoteComponent();
        soap.setId("10011");
        soap.setName("SOAP");
        i.setComponents(new RemoteComponent[] {core, soap});
        // One version object in both lists: Axis writes it once and points at it twice.
        RemoteVersion v = new RemoteVersion();
        v.setId("10020");
        v.setName("1.0");
        v.setReleased(true);
        v.setArchived(false);
        v.setSequence(Long.valueOf(1));
        v.setReleaseDate(utc(2026, 11, 30, 0, 0, 0));
        i.setAffectsVersions(new RemoteVersion[] {v});
        i.setFixVersions(new RemoteVersion[] {v});
        i.setAttachmentNames(new String[] {"log.txt", "screen shot.png"});
        RemoteCustomFieldValue cf = new RemoteCustomFieldValue();
        cf.setCustomfieldId("customfield_10000");
        cf.setValues(new String[] {"red", "green"});
        i.setCustomFieldValues(new RemoteCustomFieldValue[] {cf});
        return i;
    }
}
