package vn.xaso.workflow;

import java.util.List;
import vn.xaso.identity.XasoUser;

/**
 * Things other modules want an official to see in the inbox beside the tasks, each linking to where to act (e.g. the
 * unit's dossiers whose applicant differs from the population database).
 */
public interface InboxNotices {

    /** A line of the inbox's "to check" panel: a message key with its arguments, and where to act. */
    record Notice(String key, List<Object> args, String href) {
    }

    List<Notice> noticesFor(XasoUser user);
}
