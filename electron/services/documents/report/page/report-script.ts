// The report's one script, as plain ES2020 the browser runs as it is: no build step, so the command
// line run from source, the bundled command line and the app embed the same bytes, and the page's
// Content-Security-Policy allows exactly these bytes by their hash. It reads the rules from the
// page's JSON data block and writes every text with textContent, never as markup.
export const REPORT_SCRIPT = String.raw`(function () {
  'use strict';
  var PAGE = 100;
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var T = data.texts;
  var rules = data.rules;
  var numbers = new Intl.NumberFormat(T.intlTag);
  var form = document.getElementById('filters');
  var table = document.getElementById('rule-table');
  var count = document.getElementById('rule-count');
  var more = document.getElementById('more-rules');
  var noMatch = document.getElementById('no-match');
  var filtered = [];
  var shown = 0;
  var haystacks = null;

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function fill(template, vars) {
    return template.replace(/\{(\w+)\}/g, function (all, key) {
      return Object.prototype.hasOwnProperty.call(vars, key) ? String(vars[key]) : all;
    });
  }
  function add(parent, child) {
    parent.appendChild(child);
    return child;
  }

  // Endpoints of one name together: "Branch PCs 10.1.0.1, 10.1.0.2 +998" (all of them when full).
  function byName(list) {
    var groups = [];
    var at = {};
    list.forEach(function (e) {
      var g = at[e[0]];
      if (!g) groups.push((g = at[e[0]] = { name: data.names[e[0]], addresses: [] }));
      if (e[1] !== g.name) g.addresses.push(e[1]);
    });
    return groups;
  }
  function endpoints(list, full) {
    var cell = el('td', 'endpoints');
    byName(list).forEach(function (g) {
      var line = add(cell, el('div'));
      add(line, el('b', null, g.name));
      if (g.addresses.length === 0) return;
      var few = full ? g.addresses : g.addresses.slice(0, 3);
      var rest = g.addresses.length - few.length;
      add(line, el('span', 'address', ' ' + few.join(', ') + (rest > 0 ? ' +' + numbers.format(rest) : '')));
    });
    return cell;
  }
  function statusText(status) {
    return status.s < 0 ? T.noStatus : T.statuses[status.s];
  }
  function statusCell(status) {
    var cell = el('td');
    add(cell, el('span', 'status status-' + status.s, statusText(status)));
    return cell;
  }
  function evidenceCell(rule) {
    var cell = el('td');
    add(cell, el('span', 'evidence evidence-' + rule.evidence, T.evidence[rule.evidence]));
    return cell;
  }
  function probeCell(rule) {
    var probe = data.probes[rule.probe];
    return el('td', 'probe probe-' + probe[0], probe[1]);
  }
  function phrase(i) {
    return i === undefined ? '' : data.phrases[i];
  }

  function ruleBody(rule, index) {
    var body = el('tbody', 'rule');
    var row = add(body, el('tr'));
    var first = add(row, el('td', 'id'));
    var toggle = add(first, el('button', 'toggle', rule.id));
    toggle.type = 'button';
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', 'details-' + index);
    toggle.dataset.rule = String(index);
    add(row, endpoints(rule.from, false));
    add(row, endpoints(rule.to, false));
    add(row, el('td', 'port', rule.port));
    add(row, el('td', null, phrase(rule.purpose)));
    add(row, evidenceCell(rule));
    add(row, statusCell(rule.status));
    add(row, probeCell(rule));
    return body;
  }

  // A term and its value; a null value leaves the value for the caller to fill, '' leaves it out.
  function fact(list, term, value) {
    if (value === '' || value === undefined) return null;
    add(list, el('dt', null, term));
    return add(list, el('dd', null, value));
  }

  function hostRuleRows(tbody, ids, from) {
    var end = Math.min(ids.length, from + PAGE);
    var frag = document.createDocumentFragment();
    for (var i = from; i < end; i++) {
      var h = data.hostRules[ids[i]];
      var row = add(frag, el('tr'));
      add(row, el('td', 'id', h.id));
      add(row, endpoints([h.from], true));
      add(row, endpoints([h.to], true));
      add(row, el('td', 'port', h.port));
      add(row, statusCell(h.status));
      add(row, probeCell(h));
    }
    tbody.appendChild(frag);
    return end;
  }

  function details(rule) {
    var box = el('div', 'details');
    var list = add(box, el('dl'));
    fact(list, T.columns.from, null).appendChild(endpointList(rule.from));
    fact(list, T.columns.to, null).appendChild(endpointList(rule.to));
    fact(list, T.services, phrase(rule.services));
    fact(list, T.requiredBy, phrase(rule.requiredBy) + (rule.temporary === undefined ? '' : ' \u00b7 ' + phrase(rule.temporary)));
    fact(list, T.columns.evidence, T.evidence[rule.evidence]);
    if (rule.sources.length > 0) {
      var sources = add(fact(list, T.sources, null), el('ul', 'sources'));
      rule.sources.forEach(function (i) {
        var source = data.sources[i];
        var item = add(sources, el('li'));
        if (!source[1]) return add(item, document.createTextNode(source[0]));
        // A link to the vendor's page: followed only when clicked, never loaded by the report.
        var link = add(item, el('a', null, source[1]));
        link.href = source[1];
        link.rel = 'noopener noreferrer';
        link.target = '_blank';
      });
    }
    (rule.quotes || []).forEach(function (i) {
      add(fact(list, T.quote, null), el('q', null, data.quotes[i]));
    });
    var status = [statusText(rule.status)];
    if (rule.status.by) status.push(fill(T.statusBy, { by: rule.status.by }));
    if (rule.status.at) status.push(fill(T.statusAt, { at: rule.status.at }));
    if (rule.status.reason) status.push('\u00b7 ' + fill(T.statusReason, { reason: rule.status.reason }));
    fact(list, T.columns.status, status.join(' '));
    fact(list, T.columns.probe, data.probes[rule.probe][1]);
    if (!rule.hostRules) return box;
    add(box, el('h4', null, T.hostRules + ' (' + numbers.format(rule.hostRules.length) + ')'));
    var sub = add(box, el('table', 'host-rules'));
    var head = add(add(sub, el('thead')), el('tr'));
    [T.columns.id, T.columns.from, T.columns.to, T.columns.port, T.columns.status, T.columns.probe].forEach(
      function (h) {
        add(head, el('th', null, h));
      },
    );
    var tbody = add(sub, el('tbody'));
    var done = hostRuleRows(tbody, rule.hostRules, 0);
    if (done < rule.hostRules.length) {
      var button = add(box, el('button', 'more'));
      button.type = 'button';
      var label = function () {
        button.textContent = fill(T.showMore, {
          count: numbers.format(Math.min(PAGE, rule.hostRules.length - done)),
        });
      };
      label();
      button.addEventListener('click', function () {
        done = hostRuleRows(tbody, rule.hostRules, done);
        if (done >= rule.hostRules.length) button.remove();
        else label();
      });
    }
    return box;
  }
  function endpointList(list) {
    var box = el('div', 'endpoint-list');
    byName(list).forEach(function (g) {
      var line = add(box, el('div'));
      add(line, el('b', null, g.name));
      if (g.addresses.length > 0) add(line, el('span', 'address', ' ' + g.addresses.join(', ')));
    });
    return box;
  }

  function expand(button) {
    var index = Number(button.dataset.rule);
    var body = button.closest('tbody');
    var open = button.getAttribute('aria-expanded') === 'true';
    var row = body.querySelector('tr.details-row');
    if (!row) {
      row = add(body, el('tr', 'details-row'));
      row.id = 'details-' + index;
      var cell = add(row, el('td'));
      cell.colSpan = 8;
      cell.appendChild(details(rules[index]));
    }
    row.hidden = open;
    button.setAttribute('aria-expanded', open ? 'false' : 'true');
  }

  function haystack(rule) {
    var parts = [rule.id, rule.port, phrase(rule.purpose), phrase(rule.services)];
    rule.from.concat(rule.to).forEach(function (e) {
      parts.push(data.names[e[0]], e[1]);
    });
    return parts.join('\n').toLowerCase();
  }

  function matcher() {
    var v = function (name) {
      return form.elements[name].value;
    };
    var pair = v('pair');
    var status = v('status');
    var evidence = v('evidence');
    var host = v('host');
    var port = v('port').trim().toLowerCase();
    var text = v('text').trim().toLowerCase();
    var portNumber = /^\d+$/.test(port) ? Number(port) : -1;
    var hasHost = function (list) {
      for (var i = 0; i < list.length; i++) if (String(list[i][0]) === host) return true;
      return false;
    };
    if (text && !haystacks) haystacks = rules.map(haystack);
    return function (rule, i) {
      if (pair !== '' && String(rule.pair) !== pair) return false;
      if (status !== '' && String(rule.status.s) !== status) return false;
      if (evidence !== '' && String(rule.evidence) !== evidence) return false;
      if (host !== '' && !hasHost(rule.from) && !hasHost(rule.to)) return false;
      if (portNumber >= 0 && rule.ports.indexOf(portNumber) < 0) return false;
      if (port && portNumber < 0 && rule.port.toLowerCase().indexOf(port) < 0) return false;
      if (text && haystacks[i].indexOf(text) < 0) return false;
      return true;
    };
  }

  function showMore() {
    var end = Math.min(filtered.length, shown + PAGE);
    var frag = document.createDocumentFragment();
    for (var k = shown; k < end; k++) frag.appendChild(ruleBody(rules[filtered[k]], filtered[k]));
    table.appendChild(frag);
    shown = end;
    var left = filtered.length - shown;
    more.hidden = left <= 0;
    more.textContent = fill(T.showMore, { count: numbers.format(Math.min(PAGE, left)) });
  }

  function apply() {
    var keep = matcher();
    filtered = [];
    for (var i = 0; i < rules.length; i++) if (keep(rules[i], i)) filtered.push(i);
    table.querySelectorAll('tbody.rule').forEach(function (b) {
      b.remove();
    });
    shown = 0;
    count.textContent = fill(T.shown, {
      shown: numbers.format(filtered.length),
      total: numbers.format(rules.length),
    });
    noMatch.hidden = filtered.length > 0;
    showMore();
  }

  // Printing lists every rule, one table per zone pair, as the PDF does: built on the first print.
  var printed = false;
  function buildPrint() {
    if (printed) return;
    printed = true;
    var target = document.getElementById('print-tables');
    var frag = document.createDocumentFragment();
    data.pairs.forEach(function (heading, p) {
      var members = rules.filter(function (r) {
        return r.pair === p;
      });
      if (members.length === 0) return;
      var section = add(frag, el('section', 'pair'));
      add(section, el('h3', null, heading));
      var t = add(section, el('table', 'rules print-table'));
      var head = add(add(t, el('thead')), el('tr'));
      [T.check, T.columns.id, T.columns.from, T.columns.to, T.columns.port, T.columns.purpose,
        T.columns.evidence, T.columns.status, T.columns.probe].forEach(function (h) {
        add(head, el('th', null, h));
      });
      var body = add(t, el('tbody'));
      members.forEach(function (r) {
        var row = add(body, el('tr'));
        add(row, el('td', 'check', '\u2610'));
        add(row, el('td', 'id', r.id));
        add(row, endpoints(r.from, true));
        add(row, endpoints(r.to, true));
        add(row, el('td', 'port', r.port));
        add(row, el('td', null, phrase(r.purpose)));
        add(row, evidenceCell(r));
        add(row, statusCell(r.status));
        add(row, probeCell(r));
      });
    });
    target.appendChild(frag);
  }

  var pending = 0;
  form.addEventListener('input', function () {
    clearTimeout(pending);
    pending = setTimeout(apply, 120);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
  });
  document.getElementById('clear-filters').addEventListener('click', function () {
    form.reset();
    apply();
  });
  more.addEventListener('click', showMore);
  table.addEventListener('click', function (event) {
    var button = event.target.closest('button.toggle');
    if (button) expand(button);
  });
  document.querySelectorAll('button[data-pair]').forEach(function (button) {
    button.addEventListener('click', function () {
      form.elements.pair.value = button.dataset.pair;
      apply();
      document.getElementById('rules').scrollIntoView();
    });
  });
  document.getElementById('print').addEventListener('click', function () {
    buildPrint();
    window.print();
  });
  window.addEventListener('beforeprint', buildPrint);
  var printMedia = window.matchMedia('print');
  if (printMedia.matches) buildPrint();
  printMedia.addEventListener('change', function (event) {
    if (event.matches) buildPrint();
  });
  apply();
  // The time to first rows, from the page's navigation (read by npm run bench).
  performance.mark('report-rows');
})();
`;
