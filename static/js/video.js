// Videos of the youtube and vimeo shortcodes: a link to the video until the
// reader clicks it, then the player, so that the video's site gets no request
// (not even for a thumbnail) before. Without JavaScript the link opens the video.
(function () {
  if (window.vestisVideo) return;
  window.vestisVideo = true;
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[data-video-src]');
    if (!a || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    var f = document.createElement('iframe');
    f.src = a.getAttribute('data-video-src');
    f.title = a.getAttribute('data-video-title');
    f.className = 'video-frame';
    f.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
    f.allowFullscreen = true;
    a.replaceWith(f);
    f.focus();
  });
})();
