package serve

import (
	"net"
	"os"
	"strings"
	"testing"
)

func TestHostPolicy(t *testing.T) {
	loopback, public := hostsFor(&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 1313})
	if public {
		t.Errorf("hostsFor(127.0.0.1) says public")
	}
	any, public := hostsFor(&net.TCPAddr{IP: net.IPv4zero, Port: 1313})
	if !public {
		t.Errorf("hostsFor(0.0.0.0) does not say public")
	}
	name, _ := os.Hostname()
	name = strings.ToLower(name)
	tests := []struct {
		host          string
		loopback, any bool
	}{
		{"127.0.0.1:1313", true, true},
		{"127.0.0.1", true, true},
		{"127.5.6.7:1313", true, true},
		{"localhost:1313", true, true},
		{"LOCALHOST:1313", true, true},
		{"localhost.:1313", true, true},
		{"localhost", true, true},
		{"vestis.localhost:1313", true, true},
		{"[::1]:1313", true, true},
		{"[::1]", true, true},
		{"[::ffff:127.0.0.1]:1313", true, true},
		{"192.168.1.20:1313", false, true},
		{"[fe80::1%25eth0]:1313", false, true},
		{"0.0.0.0:1313", false, true},
		{name + ":1313", name == "localhost", true},
		{name + ".local:1313", false, true},
		{"evil.example:1313", false, false},
		{"evil.example", false, false},
		{"127.0.0.1.evil.example:1313", false, false},
		{"localhost.evil.example:1313", false, false},
		{"evil-localhost:1313", false, false},
		{"", false, false},
		{":1313", false, false},
	}
	for _, tt := range tests {
		if got := loopback.allows(tt.host); got != tt.loopback {
			t.Errorf("bound to 127.0.0.1: allows(%q) = %v, want %v", tt.host, got, tt.loopback)
		}
		if got := any.allows(tt.host); got != tt.any {
			t.Errorf("bound to 0.0.0.0: allows(%q) = %v, want %v", tt.host, got, tt.any)
		}
	}
	if got := New(nil, "", nil).hosts.allows("192.168.1.20:1313"); got {
		t.Errorf("a new Server allows an address that is not loopback")
	}
}
