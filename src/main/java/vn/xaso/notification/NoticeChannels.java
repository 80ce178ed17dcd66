package vn.xaso.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which ways of telling people are set up now. A notice is queued only on a channel that can send it: a notice kept
 * for a gateway nobody configured would wait forever, and arrive weeks late if one ever is.
 */
@Component
class NoticeChannels {

    private final List<NoticeChannel> channels;

    NoticeChannels(List<NoticeChannel> channels) {
        this.channels = channels;
    }

    boolean configured(Channel channel) {
        return channels.stream().anyMatch(c -> c.channel() == channel && c.configured());
    }

    /** Zalo for one who chose it (while Zalo is set up), else SMS (while that is); nothing when neither is. */
    Optional<Channel> forPhone(boolean prefersZalo) {
        if (prefersZalo && configured(Channel.ZALO)) {
            return Optional.of(Channel.ZALO);
        }
        return configured(Channel.SMS) ? Optional.of(Channel.SMS) : Optional.empty();
    }
}
