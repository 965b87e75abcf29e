// The Linux calls that Glibc's Swift module map leaves out (epoll, eventfd, accept4), for the HTTP server.
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>

// accept4 is declared only under _GNU_SOURCE; this is its glibc prototype.
int accept4(int sockfd, struct sockaddr *addr, socklen_t *addrlen, int flags);
