// The print button of the newcomer's list (without JavaScript the browser's own print works).
document.querySelectorAll("[data-print]").forEach((button) => button.addEventListener("click", () => window.print()));
