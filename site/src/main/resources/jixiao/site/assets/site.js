/* jixiao site: plain JavaScript, no framework, nothing fetched from the network. */
