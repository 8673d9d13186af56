// Skill map island: draws the course's prerequisite graph with Cytoscape.js. Positions come from
// the server (layered layout), so even 800+ skills appear at once without a layout pass here.
// The same information is in the list below the map, which is what screen readers use.

const READABLE_AT_ONCE = 48;
const container = document.getElementById('skill-map');
if (container && window.cytoscape) {
  const graph = JSON.parse(container.dataset.graph);
  const cy = window.cytoscape({
    container,
    elements: [
      ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.name }, position: { x: n.x, y: n.y } })),
      ...graph.edges.map((e) => ({ data: { id: `${e.source}->${e.target}`, source: e.source, target: e.target } })),
    ],
    layout: { name: 'preset', fit: true, padding: 24 },
    minZoom: 0.05,
    maxZoom: 3,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        shape: 'round-rectangle', width: 160, height: 56, 'background-color': '#e6eef8', 'border-width': 1,
        'border-color': '#0b57a4', label: 'data(label)', 'text-wrap': 'wrap', 'text-max-width': 150,
        'text-valign': 'center', 'text-halign': 'center', 'font-size': 13, color: '#1b1f24',
        'min-zoomed-font-size': 6 } },
      { selector: 'edge', style: {
        width: 1.5, 'line-color': '#6b7a8c', 'target-arrow-color': '#6b7a8c', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier' } },
      // A learner's mastery (from the "Your mastery" section): mastered green, learning amber.
      { selector: 'node.mastered', style: { 'background-color': '#d8f0dd', 'border-color': '#1d6b32', 'border-width': 2 } },
      { selector: 'node.learning', style: { 'background-color': '#fff4d6', 'border-color': '#8a5a00' } },
      { selector: 'node.related', style: { 'background-color': '#fff4d6', 'border-color': '#8a5a00', 'border-width': 2 } },
      { selector: 'edge.related', style: { 'line-color': '#8a5a00', 'target-arrow-color': '#8a5a00', width: 3 } },
    ],
  });
  const mine = document.getElementById('my-mastery');
  if (mine && mine.dataset.mastery) {
    const mastery = JSON.parse(mine.dataset.mastery);
    cy.nodes().forEach((node) => {
      const skill = mastery[node.id()];
      if (skill) {
        if (skill.mastered || skill.known > 0.4) {
          node.addClass(skill.mastered ? 'mastered' : 'learning');
        }
        node.data('label', `${node.data('label')}\n${Math.round(skill.known * 100)}%`);
      }
    });
  }
  // Selecting a skill highlights what it builds on and what builds on it.
  cy.on('tap', 'node', (event) => {
    cy.elements().removeClass('related');
    const node = event.target;
    node.closedNeighborhood().addClass('related');
  });
  // A large map fitted whole would shrink every label to a dot: show its first skills (the top
  // layers, which come first) at a readable size instead; the learner zooms out or pans from there.
  if (cy.nodes().length > READABLE_AT_ONCE) {
    cy.fit(cy.nodes().slice(0, READABLE_AT_ONCE), 24);
  }
  container.dataset.renderedNodes = String(cy.nodes().length);
  container.dataset.renderedEdges = String(cy.edges().length);
}

// Filters the accessible skill list as the learner types.
const filter = document.querySelector('[data-filter-target]');
if (filter) {
  const items = document.getElementById(filter.dataset.filterTarget).querySelectorAll('li');
  filter.addEventListener('input', () => {
    const query = filter.value.trim().toLowerCase();
    items.forEach((item) => item.classList.toggle('hidden', query !== '' && !item.textContent.toLowerCase().includes(query)));
  });
}
