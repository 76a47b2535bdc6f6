package be.digitalkeys.appclient;

import java.util.List;

/**
 * What the app shows for a request (OpenAPI schema {@code RequestView}): who asks, for what,
 * the data to share and the icons to offer (empty when the browser showed none).
 */
public record RequestView(String request, String service, String action, List<String> data, List<String> icons,
        int expiresIn) {

    public RequestView {
        data = data == null ? List.of() : List.copyOf(data);
        icons = icons == null ? List.of() : List.copyOf(icons);
    }
}
