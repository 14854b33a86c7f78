package serve

import (
	"net"
	"net/netip"
	"os"
	"strings"
)

// hostPolicy decides which Host headers the dev server answers. A web page the
// editor visits could otherwise point its own domain name at 127.0.0.1 (DNS
// rebinding) and read the site and the /_vestis/ pages as same-origin. Such a
// request names the attacker's domain in Host, so the server answers only names
// that resolve to this computer by definition, and IP literals it listens on.
type hostPolicy struct {
	// anyIP accepts every IP literal: set for a non-loopback bind, where
	// colleagues reach the server by an address of this computer, perhaps
	// through NAT or a container's port mapping, which the server cannot list.
	// An IP literal cannot be rebound: the browser connected to that very
	// address, and the page's origin is that address.
	anyIP bool
	// names are this computer's own names (its host name and host name.local),
	// accepted with a non-loopback bind.
	names map[string]bool
}

// loopbackHosts is the policy of a server on a loopback address: localhost
// names and loopback addresses only.
func loopbackHosts() hostPolicy {
	return hostPolicy{}
}

// hostsFor returns the policy for a server listening on addr, and whether the
// server is reachable from other computers.
func hostsFor(addr net.Addr) (p hostPolicy, public bool) {
	p = loopbackHosts()
	tcp, ok := addr.(*net.TCPAddr)
	if !ok {
		return p, false
	}
	ip, ok := netip.AddrFromSlice(tcp.IP)
	if !ok {
		return p, false
	}
	if ip.Unmap().IsLoopback() {
		return p, false
	}
	p.anyIP = true
	p.names = map[string]bool{}
	if name, err := os.Hostname(); err == nil && name != "" {
		name = strings.ToLower(name)
		p.names[name] = true
		p.names[name+".local"] = true
	}
	return p, true
}

// allows reports whether the server answers a request whose Host header is host
// (a name or IP literal, with or without a port).
func (p hostPolicy) allows(host string) bool {
	name := hostName(host)
	if name == "" {
		return false
	}
	if ip, err := netip.ParseAddr(name); err == nil {
		return ip.Unmap().IsLoopback() || p.anyIP
	}
	name = strings.TrimSuffix(strings.ToLower(name), ".")
	return name == "localhost" || strings.HasSuffix(name, ".localhost") || p.names[name]
}

// hostName is the host of a Host header without its port and IPv6 brackets.
func hostName(host string) string {
	if h, _, err := net.SplitHostPort(host); err == nil {
		return h
	}
	if strings.HasPrefix(host, "[") && strings.HasSuffix(host, "]") {
		return host[1 : len(host)-1]
	}
	return host
}
