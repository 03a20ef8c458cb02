package fetch

import (
	"net"
	"net/netip"

	truthlens "github.com/truthlens/truthlens"
)

// blockedPrefixes are address ranges a user-supplied URL may not reach:
// loopback, private (RFC 1918, unique local), link-local (incl. cloud
// metadata at 169.254.169.254), CGNAT, unspecified, multicast, and other
// special-purpose ranges.
var blockedPrefixes = func() []netip.Prefix {
	var ps []netip.Prefix
	for _, s := range []string{
		"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
		"172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16",
		"198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
		"255.255.255.255/32",
		"::/128", "::1/128", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64", "2001:db8::/32",
		"fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8",
	} {
		ps = append(ps, netip.MustParsePrefix(s))
	}
	return ps
}()

// checkIP refuses addresses that are not public unicast.
func checkIP(ip net.IP) error {
	a, ok := netip.AddrFromSlice(ip)
	if !ok {
		return truthlens.Errorf(truthlens.EINVALID, "refused address %v: not an IP address", ip)
	}
	a = a.Unmap()
	for _, p := range blockedPrefixes {
		if p.Contains(a) {
			return truthlens.Errorf(truthlens.EINVALID,
				"refused address %s: %s addresses are not fetched (use --allow-private to allow)", a, describe(a))
		}
	}
	return nil
}

// describe names the kind of a refused address for the error message.
func describe(a netip.Addr) string {
	switch {
	case a.IsLoopback():
		return "loopback"
	case a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast():
		return "link-local"
	case a.IsPrivate():
		return "private"
	case a.IsUnspecified():
		return "unspecified"
	case a.IsMulticast():
		return "multicast"
	}
	return "reserved"
}
